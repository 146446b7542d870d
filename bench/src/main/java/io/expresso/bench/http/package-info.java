/**
 * The HTTP runs of {@code bench/run}: Expresso serving the shared workloads with their task handlers
 * bound, the bare Netty server that bounds it (the HTTP ceiling), the driver that runs the load
 * generator against either at given load levels ({@link io.expresso.bench.http.HttpComparison}), and
 * the sampler of a server's memory and in-flight executions during those runs. Each server runs in
 * its own JVM, so that a run can pin it to one core and the load generator to another.
 */
package io.expresso.bench.http;
