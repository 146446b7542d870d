package io.expresso.bench.report;

/**
 * What a figure should achieve: a limit on the time ratio to the ceiling, on the throughput ratio
 * to the ceiling, on the time per operation or on a number of bytes; or nothing (a figure reported
 * for information).
 */
public final class Target {

    /** The figure a target is about. */
    private enum Measure {
        TIME_RATIO, THROUGHPUT_RATIO, NANOS_PER_OP, BYTES, NOTHING
    }

    private static final Target NONE = new Target(Measure.NOTHING, Double.NaN);

    private final Measure measure;
    private final double limit;

    private Target(Measure measure, double limit) {
        this.measure = measure;
        this.limit = limit;
    }

    /** @return a target of at most {@code limit} times the ceiling's time per operation */
    public static Target ratioAtMost(double limit) {
        return new Target(Measure.TIME_RATIO, limit);
    }

    /** @return a target of at least {@code limit} times the ceiling's operations per second */
    public static Target throughputRatioAtLeast(double limit) {
        return new Target(Measure.THROUGHPUT_RATIO, limit);
    }

    /** @return a target of at most {@code limit} nanoseconds per operation */
    public static Target nanosAtMost(double limit) {
        return new Target(Measure.NANOS_PER_OP, limit);
    }

    /** @return a target of at most {@code limit} bytes */
    public static Target bytesAtMost(double limit) {
        return new Target(Measure.BYTES, limit);
    }

    public static Target none() {
        return NONE;
    }

    /** @return the target as the report writes it */
    public String text() {
        switch (measure) {
            case TIME_RATIO:
                return "≤ " + Numbers.plain(limit) + "× ceiling time";
            case THROUGHPUT_RATIO:
                return "≥ " + Numbers.plain(limit) + "× ceiling throughput";
            case NANOS_PER_OP:
                return limit >= 1000 ? "≤ " + Numbers.plain(limit / 1000) + " µs/op" : "≤ " + Numbers.plain(limit) + " ns/op";
            case BYTES:
                return "≤ " + Numbers.plain(limit) + " B";
            default:
                return "—";
        }
    }

    /**
     * @param nanosPerOp the benchmark's time per operation
     * @param ceilingNanosPerOp its ceiling's, NaN without one
     * @return the figure this target judges: a ratio or a time; NaN for a byte target or none
     */
    public double measured(double nanosPerOp, double ceilingNanosPerOp) {
        switch (measure) {
            case TIME_RATIO:
                return nanosPerOp / ceilingNanosPerOp;
            case THROUGHPUT_RATIO:
                return ceilingNanosPerOp / nanosPerOp;
            case NANOS_PER_OP:
                return nanosPerOp;
            default:
                return Double.NaN;
        }
    }

    /**
     * @param figure what the target is about (see {@link #measured}; bytes for a byte target)
     * @return "PASS" or "MISS", or "—" when there is no target or no figure
     */
    public String verdict(double figure) {
        if (measure == Measure.NOTHING || Double.isNaN(figure)) {
            return "—";
        }
        boolean met = measure == Measure.THROUGHPUT_RATIO ? figure >= limit : figure <= limit;
        return met ? "PASS" : "MISS";
    }
}
