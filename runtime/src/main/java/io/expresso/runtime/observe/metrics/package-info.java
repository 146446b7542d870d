/**
 * Aggregated execution metrics: recorded wait-free on the event loops, collected by one reader,
 * exported as Prometheus text ({@link io.expresso.runtime.observe.metrics.PrometheusText}) and as
 * CloudWatch Embedded Metric Format lines ({@link io.expresso.runtime.observe.metrics.EmfReporter}).
 *
 * <h2>Who writes what</h2>
 * <ul>
 *   <li>Writers are event-loop threads. Each writer has its own {@link
 *       io.expresso.runtime.observe.metrics.WriterStripe} in every series it records to, so no
 *       two writers ever share a counter or a histogram.</li>
 *   <li>Cumulative counts that need no histogram (started, entered, scheduled) are plain
 *       single-writer {@code long}s published with a release store and read with an acquire
 *       load.</li>
 *   <li>Everything recorded together with a latency (an end status, its duration, billed time)
 *       goes into the stripe's active {@link io.expresso.runtime.observe.metrics.IntervalBuffer}
 *       inside a {@link org.HdrHistogram.WriterReaderPhaser} critical section, so the reader can
 *       swap buffers and know when the old one is quiet — the scheme of HdrHistogram's
 *       {@code Recorder}, with counts and histogram flipped as one.</li>
 *   <li>The reader is whoever holds {@link io.expresso.runtime.observe.metrics.MetricsRegistry}'s
 *       reader lock: a Prometheus scrape, the EMF reporter, an embedded caller. Readers may wait;
 *       writers never do.</li>
 * </ul>
 */
package io.expresso.runtime.observe.metrics;
