package io.expresso.runtime.observe;

import java.util.Objects;

/**
 * A state machine's {@code loggingConfiguration}: the level and whether records carry execution
 * data (inputs, outputs, parameters). Destinations are the runtime's (a file, stdout).
 */
public final class LoggingConfiguration {

    /** What a machine created without a logging configuration gets: nothing is logged. */
    public static final LoggingConfiguration OFF = new LoggingConfiguration(LogLevel.OFF, false);

    private final LogLevel level;
    private final boolean includeExecutionData;

    public LoggingConfiguration(LogLevel level, boolean includeExecutionData) {
        this.level = Objects.requireNonNull(level, "level");
        this.includeExecutionData = includeExecutionData;
    }

    public LogLevel level() {
        return level;
    }

    public boolean includeExecutionData() {
        return includeExecutionData;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LoggingConfiguration && ((LoggingConfiguration) other).level == level
                && ((LoggingConfiguration) other).includeExecutionData == includeExecutionData;
    }

    @Override
    public int hashCode() {
        return level.hashCode() * 31 + Boolean.hashCode(includeExecutionData);
    }
}
