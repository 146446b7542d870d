/**
 * Nested executions: Task states that start executions of other state machines of the same
 * runtime ({@code arn:aws:states:::states:startExecution},
 * {@code arn:aws:states:::aws-sdk:sfn:startExecution} and
 * {@code arn:aws:states:::aws-sdk:sfn:startSyncExecution}), with the results and errors AWS gives.
 *
 * <p>A {@link io.expresso.runtime.integration.nested.StateMachineDirectory} finds what a state machine ARN
 * names: by default the machines deployed in the runtime ({@link io.expresso.runtime.integration.nested.DeployedMachines});
 * a front with its own registry (versions, aliases, STANDARD-typed machines) plugs in its own
 * through {@link io.expresso.runtime.RuntimeConfig#stateMachineDirectory}. Children run on the
 * parent's event loop, count toward the runtime's in-flight limit and have their own time limit.
 */
package io.expresso.runtime.integration.nested;
