package io.expresso.bench.report;

import java.util.Arrays;
import java.util.function.DoubleFunction;

/**
 * The figures of one measurement repeated: the median is reported, the range beside it shows how
 * much the shared, noisy machine moved it.
 */
final class Spread {

    private final double[] sorted;

    private Spread(double[] values) {
        this.sorted = values.clone();
        Arrays.sort(this.sorted);
    }

    static Spread of(double[] values) {
        return new Spread(values);
    }

    /** @return the median, NaN without values */
    double median() {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** @return e.g. {@code 1234 (1200–1260)}: the median, then the smallest and largest, each formatted */
    String text(DoubleFunction<String> format) {
        if (sorted.length == 0) {
            return "n/a";
        }
        String median = format.apply(median());
        return sorted.length == 1 ? median
            : median + " (" + format.apply(sorted[0]) + "–" + format.apply(sorted[sorted.length - 1]) + ")";
    }
}
