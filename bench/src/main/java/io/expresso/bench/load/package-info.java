/**
 * The load generator: a Netty HTTP client that sends StartSyncExecution (or any AWS JSON 1.0
 * operation) to an endpoint closed-loop or open-loop, records latency in an HdrHistogram from the
 * time each request was due, and reports throughput, percentiles and errors by type, as text and
 * JSON. {@link io.expresso.bench.load.LoadCommand} is {@code expresso bench-load};
 * {@link io.expresso.bench.load.LoadRun} embeds it.
 */
package io.expresso.bench.load;
