package io.expresso.runtime.observe;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * What the logger thread needs to know of one logged execution: where its records go (its log
 * stream), how much to keep (level, execution data), and the names the records carry. Made once
 * per execution when its machine logs at all; immutable.
 */
public final class ExecutionLog {

    private final LogLevel level;
    private final boolean includeExecutionData;
    private final String roleArn;
    private final String region;
    private final String machineName;
    private final long startMillis;
    private final int streamSuffix;
    /** Formatted by the logger thread on first use, not by the loop. */
    private String streamName;
    private final Supplier<String> executionArn;
    private volatile String arn;

    /**
     * @param executionArn made on first use: the ARN is formatted on the logger thread, not the loop
     */
    public ExecutionLog(LoggingConfiguration configuration, String machineName, String roleArn, String region,
            long startMillis, Supplier<String> executionArn) {
        this.level = configuration.level();
        this.includeExecutionData = configuration.includeExecutionData();
        this.roleArn = roleArn;
        this.region = region;
        this.machineName = machineName;
        this.startMillis = startMillis;
        this.streamSuffix = ThreadLocalRandom.current().nextInt();
        this.executionArn = executionArn;
    }

    /**
     * AWS's Express stream form: {@code states/<machine>/<YYYY-MM-DD-HH-MM>/<8 hex>}
     * (docs/semantics/logging.md#where-records-go).
     */
    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm").withZone(java.time.ZoneOffset.UTC);

    /** @return whether the event is written at this execution's level */
    public boolean keeps(EventType type) {
        return type.loggedAt(level);
    }

    boolean includeExecutionData() {
        return includeExecutionData;
    }

    String roleArn() {
        return roleArn;
    }

    String region() {
        return region;
    }

    /** Called on the logger thread only. */
    String streamName() {
        if (streamName == null) {
            streamName = "states/" + machineName + "/" + MINUTE.format(java.time.Instant.ofEpochMilli(startMillis))
                    + "/" + String.format("%08x", streamSuffix);
        }
        return streamName;
    }

    String executionArn() {
        String value = arn;
        if (value == null) {
            value = executionArn.get();
            arn = value;
        }
        return value;
    }
}
