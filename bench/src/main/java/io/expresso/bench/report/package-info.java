/**
 * Turns the JSON results of JMH, the load generator and the peer into the Markdown reports of
 * {@code perf-reports/}, with the conditions they were measured under, and the PNG plots beside them.
 */
package io.expresso.bench.report;
