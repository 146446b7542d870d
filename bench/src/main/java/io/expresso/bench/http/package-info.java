/**
 * The servers of the HTTP comparison: Expresso serving the shared workloads with their task
 * handlers bound, and the bare Netty server that bounds it (the HTTP ceiling). Each runs in its own
 * JVM, so that the comparison can pin it to one core and the load generator to another.
 */
package io.expresso.bench.http;
