package io.expresso.http.cli;

import java.time.Duration;

/** The words after a sub-command, read front to back. */
final class Arguments {

    private final String[] words;
    private int next;

    Arguments(String[] words, int first) {
        this.words = words;
        this.next = first;
    }

    boolean hasNext() {
        return next < words.length;
    }

    String next() {
        return words[next++];
    }

    /** @return the value that follows {@code option} */
    String value(String option) {
        if (!hasNext()) {
            throw new UsageException(option + " needs a value");
        }
        return next();
    }

    int wholeNumber(String option) {
        String value = value(option);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, got " + value);
        }
    }

    /** @return a whole or fractional number of seconds, zero or more */
    Duration seconds(String option) {
        double seconds = number(option);
        if (!(seconds >= 0) || seconds > Integer.MAX_VALUE) {
            throw new UsageException(option + " needs a number of seconds, zero or more, got " + seconds);
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    double number(String option) {
        String value = value(option);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, got " + value);
        }
    }
}
