/**
 * Aggregated execution metrics: recorded wait-free on the event loops, collected by one reader,
 * exported as Prometheus text ({@link io.expresso.runtime.observe.metrics.PrometheusText}) and as
 * CloudWatch Embedded Metric Format lines ({@link io.expresso.runtime.observe.metrics.EmfReporter}).
 *
 * <h2>Who writes what</h2>
 * <ul>
 *   <li>Writers are event-loop threads. Each loop has its own {@link
 *       io.expresso.runtime.observe.metrics.WriterStripe} in every series it records to, so no
 *       two loops ever share a counter or a histogram. Any other thread that records (a caller
 *       refused admission on its own thread) writes into the one stripe that all such threads
 *       share, with atomic adds: its count of stripes stays bounded whatever threads callers
 *       bring.</li>
 *   <li>Cumulative counts that need no histogram (started, entered, scheduled) are, in a loop's
 *       stripe, plain single-writer {@code long}s published with a release store and read with
 *       an acquire load.</li>
 *   <li>Everything recorded together with a latency (an end status, its duration, billed time)
 *       goes into the stripe's active {@link io.expresso.runtime.observe.metrics.IntervalBuffer}
 *       inside a {@link org.HdrHistogram.WriterReaderPhaser} critical section, so the reader can
 *       swap buffers and know when the old one is quiet — the scheme of HdrHistogram's
 *       {@code Recorder}, with counts and histogram flipped as one.</li>
 *   <li>The reader is whoever holds {@link io.expresso.runtime.observe.metrics.MetricsRegistry}'s
 *       reader lock: a Prometheus scrape, the EMF reporter, an embedded caller. Readers may wait;
 *       writers never do.</li>
 *   <li>Series live as long as a deployment holds them: {@link
 *       io.expresso.runtime.observe.metrics.MetricsRegistry#release} drops what no deployment
 *       names any more, so deleted machines, versions and states stop being reported.</li>
 * </ul>
 */
package io.expresso.runtime.observe.metrics;
