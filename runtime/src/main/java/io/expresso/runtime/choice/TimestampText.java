package io.expresso.runtime.choice;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The timestamps ASL accepts (docs/semantics/choice-and-wait.md#timestamps):
 * {@code YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)}, upper-case {@code T} and {@code Z}, seconds required,
 * any number of fraction digits. {@code java.time}'s ISO parsers are laxer (optional seconds,
 * lower-case letters), hence this. It is the one reading of a timestamp: deploy-time checks, Choice
 * rules and Wait states all use it.
 */
public final class TimestampText {

    private TimestampText() {
    }

    /**
     * @return the instant, or {@code null} when {@code text} is not such a timestamp; an instant
     *     rather than epoch nanoseconds, which a {@code long} holds only up to the year 2262
     */
    public static Instant parse(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        long nanos = 0;
        if (i < n && text.charAt(i) == '.') {
            int start = ++i;
            long scale = 100_000_000L;
            while (i < n && isDigit(text.charAt(i))) {
                nanos += (text.charAt(i) - '0') * scale;
                scale /= 10;
                i++;
            }
            if (i == start) {
                return null;
            }
        }
        int offsetSeconds = zoneOffsetSeconds(text, i);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
            return Instant.ofEpochSecond(local.toEpochSecond(ZoneOffset.UTC) - offsetSeconds, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int zoneOffsetSeconds(String text, int i) {
        int n = text.length();
        if (i == n - 1 && text.charAt(i) == 'Z') {
            return 0;
        }
        if (i != n - 6 || text.charAt(i + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        char sign = text.charAt(i);
        int hours = digits(text, i + 1, 2);
        int minutes = digits(text, i + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0 || hours > 23 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /**
     * ASCII digits only, in every part of the text: AWS parses timestamps with Java's own
     * parsers, which take no other script's digits.
     */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
