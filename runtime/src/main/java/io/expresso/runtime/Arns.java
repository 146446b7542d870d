package io.expresso.runtime;

import io.expresso.codec.uuid.RandomUuids;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARNs the runtime and its API hand out, built in one place so that a state machine, its
 * Express executions and its Standard-typed runs always agree on partition, region and account,
 * and the one reading of a Step Functions ARN that callers then hold to their own rules.
 * Expresso runs in the {@code aws} partition.
 */
public final class Arns {

    private static final String STATE_MACHINE = ":stateMachine:";
    private static final String EXPRESS = ":express:";
    private static final String EXECUTION = ":execution:";
    /** {@code arn:partition:service:region:…}: where the region sits. */
    private static final int REGION_PART = 3;
    /** Loose on purpose: each caller says which partitions, regions and accounts it takes, and with which error. */
    private static final Pattern STATES_ARN =
            Pattern.compile("arn:([a-z-]+):states:([a-z0-9-]*):(\\d*):([A-Za-z]+):(.+)");

    /**
     * The parts of {@code arn:<partition>:states:<region>:<account>:<type>:<resource>}.
     *
     * @param resource everything after the type, qualifiers and labels included
     */
    public record StatesArn(String partition, String region, String account, String type, String resource) {
    }

    private Arns() {
    }

    /** @return {@code arn:aws:states:<region>:<account>:stateMachine:<name>} */
    public static String stateMachine(String region, String account, String name) {
        return states(region, account) + STATE_MACHINE + name;
    }

    /**
     * @param stateMachine the machine's ARN, as {@link #stateMachine} builds it
     * @return {@code arn:aws:states:<region>:<account>:express:<machine>:}, which an Express
     *     execution's name and id follow
     */
    public static String expressExecutionPrefix(String stateMachine) {
        return stateMachine.replace(STATE_MACHINE, EXPRESS) + ':';
    }

    /** @return a new Express execution ARN, {@code …:express:<machine>:<execution>:<uuid>} */
    public static String expressExecution(String stateMachine, String execution) {
        return expressExecutionPrefix(stateMachine) + execution + ':' + RandomUuids.unique();
    }

    /** @return {@code arn:aws:states:<region>:<account>:execution:}, which a Standard run's machine and name follow */
    public static String standardExecutionPrefix(String region, String account) {
        return states(region, account) + EXECUTION;
    }

    /** @return {@code arn:aws:iam::<account>:role/<name>} */
    public static String role(String account, String name) {
        return "arn:aws:iam::" + account + ":role/" + name;
    }

    /** @return the region part of an ARN that has one */
    public static String region(String arn) {
        return arn.split(":", REGION_PART + 2)[REGION_PART];
    }

    /** @return the parts of a Step Functions ARN, or {@code null} when {@code arn} is not of that form */
    public static StatesArn parse(String arn) {
        Matcher m = STATES_ARN.matcher(arn);
        return m.matches() ? new StatesArn(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)) : null;
    }

    private static String states(String region, String account) {
        return "arn:aws:states:" + region + ':' + account;
    }
}
