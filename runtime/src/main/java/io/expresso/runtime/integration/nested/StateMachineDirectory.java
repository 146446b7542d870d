package io.expresso.runtime.integration.nested;

/**
 * SPI: finds the state machine an ARN names, for Tasks that start executions.
 *
 * <p>The runtime asks once per distinct ARN and keeps the {@link MachineReference}, so a literal
 * {@code StateMachineArn} is read once; what the reference runs is looked up at each start, so
 * that updates, new versions and alias changes take effect. Called on event loops: it must not
 * block, and it may be called from several loops at once.
 */
@FunctionalInterface
public interface StateMachineDirectory {

    /**
     * Reads a state machine ARN, plain ({@code …:stateMachine:name}), version-qualified
     * ({@code …:stateMachine:name:3}) or alias-qualified ({@code …:stateMachine:name:prod}).
     * Whether the machine exists need not be known yet.
     *
     * @throws ChildStartException with the error StartExecution answers for such an ARN
     *     ({@code InvalidArn}, or {@code ValidationException} for a Map Run label)
     */
    MachineReference reference(String stateMachineArn);
}
