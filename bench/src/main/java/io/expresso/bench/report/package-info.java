/** Turns JMH's JSON results into the Markdown reports of {@code perf-reports/}, with the conditions they were measured under. */
package io.expresso.bench.report;
