package io.expresso.bench.report;

/**
 * One line of a report's catalogue: a benchmark method, what the report calls it, the method it is
 * compared with (in the same JMH run, with the same parameters) and what it should achieve.
 *
 * @param method the benchmark's full JMH name, {@code package.Class.method}
 * @param label the heading the report gives it
 * @param ceilingMethod the full JMH name of the ceiling, or {@code null} when there is none
 * @param target what the benchmark should achieve
 */
public record ReportedBenchmark(String method, String label, String ceilingMethod, Target target) {

    public boolean hasCeiling() {
        return ceilingMethod != null;
    }
}
