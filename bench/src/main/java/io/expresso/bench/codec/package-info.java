/** Benchmarks of the codec's hot paths (JSON parse and serialize, compiled paths), each beside its ceiling. */
package io.expresso.bench.codec;
