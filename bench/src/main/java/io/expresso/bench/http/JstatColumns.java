package io.expresso.bench.http;

/**
 * Where {@code jstat -gc} puts the used sizes of the heap's spaces (survivors, eden, old; in KiB),
 * found by name in its header line, since the columns differ between JDKs.
 */
record JstatColumns(int survivor0, int survivor1, int eden, int old) {

    /** @return the columns of {@code header}, or {@code null} when it is not a {@code jstat -gc} header */
    static JstatColumns of(String[] header) {
        int s0 = indexOf(header, "S0U");
        int s1 = indexOf(header, "S1U");
        int eden = indexOf(header, "EU");
        int old = indexOf(header, "OU");
        return s0 < 0 || s1 < 0 || eden < 0 || old < 0 ? null : new JstatColumns(s0, s1, eden, old);
    }

    /** @return the heap in use in bytes from one line of figures; NaN for a line that is not one */
    double heapUsedBytes(String[] fields) {
        try {
            return (Double.parseDouble(fields[survivor0]) + Double.parseDouble(fields[survivor1])
                + Double.parseDouble(fields[eden]) + Double.parseDouble(fields[old])) * 1024;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return Double.NaN;
        }
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
