package io.expresso.runtime.observe;

/**
 * A state machine's {@code loggingConfiguration.level}. Declared from the most to the least
 * verbose so that a level keeps every event whose lowest level is at or before it.
 */
public enum LogLevel {
    ALL,
    ERROR,
    FATAL,
    OFF;

    /** @return the level named as the API names it, e.g. {@code "ERROR"} */
    public static LogLevel of(String name) {
        return valueOf(name);
    }
}
