package io.expresso.bench.http;

/** The two figures an overload run reads from Expresso's Prometheus text. */
final class PrometheusFigures {

    private static final String IN_FLIGHT = "expresso_executions_in_flight";
    private static final String THROTTLED = "expresso_execution_throttled_total";

    private PrometheusFigures() {
    }

    /**
     * @return the executions in flight, and the throttled starts summed over every machine; NaN for
     *     a figure the text does not have
     */
    static double[] inFlightAndThrottled(String text) {
        double inFlight = Double.NaN;
        double throttled = Double.NaN;
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (isSample(line, IN_FLIGHT)) {
                inFlight = value(line);
            } else if (isSample(line, THROTTLED)) {
                throttled = (Double.isNaN(throttled) ? 0 : throttled) + value(line);
            }
        }
        return new double[] {inFlight, throttled};
    }

    /** @return whether {@code line} is a sample of {@code family}, with or without labels */
    private static boolean isSample(String line, String family) {
        return line.startsWith(family) && line.length() > family.length()
            && (line.charAt(family.length()) == ' ' || line.charAt(family.length()) == '{');
    }

    private static double value(String line) {
        try {
            return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
