/** JMH benchmarks of Expresso's hot paths, each beside its ceiling. */
package io.expresso.bench;
