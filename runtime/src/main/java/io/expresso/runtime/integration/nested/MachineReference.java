package io.expresso.runtime.integration.nested;

/** A state machine ARN read by a {@link StateMachineDirectory}: what a start of it runs is looked up at each start. */
@FunctionalInterface
public interface MachineReference {

    /**
     * Starts one execution of what the ARN names now (an alias picks one of its versions), by
     * {@link ChildStart#launch}, or answers with a run already going where the API would (an
     * identical repeat of a STANDARD start). Called on the parent's event loop; must not block.
     *
     * @throws ChildStartException with the error StartExecution / StartSyncExecution answers:
     *     {@code StateMachineDoesNotExist}, {@code StateMachineTypeNotSupported} (a synchronous start
     *     of a STANDARD machine), {@code ExecutionAlreadyExists}, {@code ExecutionLimitExceeded} …
     */
    ChildExecution start(ChildStart start);
}
