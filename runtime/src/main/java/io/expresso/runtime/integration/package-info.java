/**
 * The built-in task integrations, one package each: {@code http} (the HTTP Task,
 * {@code arn:aws:states:::http:invoke}), {@code lambda} (Lambda functions served by a Lambda Invoke
 * API endpoint) and {@code nested} (executions of other state machines of the same runtime). They
 * reach the network through {@link io.expresso.runtime.net.HttpClient} on the execution's own
 * event loop, and complete their task attempts as any {@link io.expresso.runtime.task.TaskHandler} does.
 */
package io.expresso.runtime.integration;
