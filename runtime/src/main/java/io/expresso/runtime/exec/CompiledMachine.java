package io.expresso.runtime.exec;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.Arns;
import io.expresso.runtime.observe.LoggingConfiguration;
import io.expresso.runtime.observe.metrics.MachineMetrics;
import java.util.Map;

/** A deployed state machine: its compiled start state and what executions need to know of it. */
public final class CompiledMachine {

    private final String name;
    private final String arn;
    private final String roleArn;
    private final StateNode startAt;
    private final long timeoutMillis;
    private final JsonObject contextStateMachine;
    private final String executionArnPrefix;
    private final LoggingConfiguration logging;
    private final MachineMetrics metrics;
    private final String region;
    private final Map<String, Integer> taskIndexes;
    private final int nodeCount;

    /**
     * @param timeoutSeconds the definition's top-level {@code TimeoutSeconds}, or 0 when absent;
     *     Express caps every execution at five minutes either way
     * @param logging what executions of this machine log
     * @param metrics where executions of this machine count
     * @param taskIndexes the node index of each Task state, by state name
     * @param nodeCount how many state nodes the machine has, nested ones included
     */
    public CompiledMachine(String name, String arn, String roleArn, StateNode startAt, long timeoutSeconds,
            LoggingConfiguration logging, MachineMetrics metrics, Map<String, Integer> taskIndexes, int nodeCount) {
        this.taskIndexes = taskIndexes;
        this.nodeCount = nodeCount;
        this.logging = logging;
        this.metrics = metrics;
        this.region = Arns.region(arn);
        this.name = name;
        this.arn = arn;
        this.roleArn = roleArn;
        this.startAt = startAt;
        long cap = Limits.EXPRESS_DURATION_MILLIS;
        this.timeoutMillis = timeoutSeconds > 0 ? Math.min(cap, timeoutSeconds * 1000) : cap;
        this.executionArnPrefix = Arns.expressExecutionPrefix(arn);
        this.contextStateMachine = JsonObject.builder(2)
                .add("Id", JsonString.of(arn))
                .add("Name", JsonString.of(name))
                .build();
    }

    /** @return the machine's {@code loggingConfiguration}, which executions take when they start */
    public LoggingConfiguration logging() {
        return logging;
    }

    /** @return where executions of this machine count */
    public MachineMetrics metrics() {
        return metrics;
    }

    String region() {
        return region;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public String roleArn() {
        return roleArn;
    }

    /** @return {@code arn:aws:states:<region>:<account>:express:<name>:}, which an execution's name and id follow */
    String executionArnPrefix() {
        return executionArnPrefix;
    }

    /** @return the node index of the Task state {@code name}, or -1 when the machine has no such Task */
    int taskIndex(String name) {
        Integer index = taskIndexes.get(name);
        return index == null ? -1 : index;
    }

    int nodeCount() {
        return nodeCount;
    }

    StateNode startAt() {
        return startAt;
    }

    long timeoutMillis() {
        return timeoutMillis;
    }

    JsonObject contextStateMachine() {
        return contextStateMachine;
    }
}
