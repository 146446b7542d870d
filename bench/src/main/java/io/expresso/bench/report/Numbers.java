package io.expresso.bench.report;

import java.util.Locale;

/** Number formatting for reports: as many digits as the magnitude deserves, never locale-dependent. */
final class Numbers {

    private Numbers() {
    }

    /** @return {@code value} with 0, 1 or 2 decimals: fewer the larger it is */
    static String scaled(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        String format = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, format, value);
    }

    /** @return a count or a rate in whole units: {@code 16}, {@code 5440} */
    static String whole(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.0f", value);
    }

    /** @return {@code value} without a trailing {@code .0} */
    static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** @return a JMH score with its error, e.g. {@code 412 ± 9}, or the score alone when JMH gives no error */
    static String withError(double score, double error) {
        return Double.isNaN(error) ? scaled(score) : scaled(score) + " ± " + scaled(error);
    }
}
