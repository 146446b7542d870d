package io.expresso.runtime.exec;

/**
 * The timestamp text of the context object: ISO 8601 in UTC with exactly three fraction digits,
 * e.g. {@code 2024-07-15T12:58:13.123Z}. Written by hand from epoch milliseconds because
 * {@code DateTimeFormatter} costs more than the state that asks for it.
 */
public final class Timestamps {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private Timestamps() {
    }

    /** @return {@code epochMillis} as {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC */
    public static String format(long epochMillis) {
        long days = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        int millisOfDay = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
        // Civil date from days since 1970-01-01 (Howard Hinnant's days_from_civil, inverted).
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * monthIndex + 2) / 5 + 1);
        int month = (int) (monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        char[] out = new char[24];
        digits(out, 0, (int) year, 4);
        out[4] = '-';
        digits(out, 5, month, 2);
        out[7] = '-';
        digits(out, 8, day, 2);
        out[10] = 'T';
        digits(out, 11, millisOfDay / 3_600_000, 2);
        out[13] = ':';
        digits(out, 14, millisOfDay / 60_000 % 60, 2);
        out[16] = ':';
        digits(out, 17, millisOfDay / 1000 % 60, 2);
        out[19] = '.';
        digits(out, 20, millisOfDay % 1000, 3);
        out[23] = 'Z';
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
