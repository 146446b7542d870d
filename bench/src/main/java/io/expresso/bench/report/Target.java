package io.expresso.bench.report;

/**
 * What a benchmark should achieve: a limit on the time ratio to its ceiling, a limit on the time per
 * operation, or nothing (a figure reported for information).
 */
public final class Target {

    private static final Target NONE = new Target(Double.NaN, Double.NaN);

    private final double maxRatio;
    private final double maxNanos;

    private Target(double maxRatio, double maxNanos) {
        this.maxRatio = maxRatio;
        this.maxNanos = maxNanos;
    }

    /** @return a target of at most {@code limit} times the ceiling's time per operation */
    public static Target ratioAtMost(double limit) {
        return new Target(limit, Double.NaN);
    }

    /** @return a target of at most {@code limit} nanoseconds per operation */
    public static Target nanosAtMost(double limit) {
        return new Target(Double.NaN, limit);
    }

    public static Target none() {
        return NONE;
    }

    /** @return the target as the report writes it */
    public String text() {
        if (!Double.isNaN(maxRatio)) {
            return "≤ " + Numbers.plain(maxRatio) + "× ceiling";
        }
        if (!Double.isNaN(maxNanos)) {
            return "≤ " + Numbers.plain(maxNanos) + " ns/op";
        }
        return "—";
    }

    /**
     * @param nanosPerOp the benchmark's time per operation
     * @param ratio its time ratio to the ceiling, NaN without one
     * @return "yes" or "no", or "—" when there is no target or nothing to judge it by
     */
    public String verdict(double nanosPerOp, double ratio) {
        double measured = !Double.isNaN(maxRatio) ? ratio : nanosPerOp;
        double limit = !Double.isNaN(maxRatio) ? maxRatio : maxNanos;
        if (Double.isNaN(limit) || Double.isNaN(measured)) {
            return "—";
        }
        return measured <= limit ? "yes" : "no";
    }
}
