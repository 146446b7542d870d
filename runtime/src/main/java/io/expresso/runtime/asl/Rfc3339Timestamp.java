package io.expresso.runtime.asl;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timestamp form AWS accepts: {@code YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)}, uppercase
 * {@code T} and {@code Z}, any number of fraction digits.
 */
final class Rfc3339Timestamp {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+-](\\d{2}):(\\d{2}))");

    private Rfc3339Timestamp() {
    }

    static boolean isValid(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return false;
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return false;
        }
        int day = Integer.parseInt(m.group(3));
        if (day < 1 || day > YearMonth.of(Integer.parseInt(m.group(1)), month).lengthOfMonth()) {
            return false;
        }
        boolean timeInRange = Integer.parseInt(m.group(4)) <= 23 && Integer.parseInt(m.group(5)) <= 59
                && Integer.parseInt(m.group(6)) <= 59;
        boolean offsetInRange = m.group(9) == null
                || (Integer.parseInt(m.group(9)) <= 23 && Integer.parseInt(m.group(10)) <= 59);
        return timeInRange && offsetInRange;
    }
}
