/** Benchmarks of what observability costs an execution on its loop. */
package io.expresso.bench.observe;
