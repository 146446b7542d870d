/**
 * TestState (docs/semantics/http-api.md#teststate): one state run on its own, with its data-flow steps laid open.
 *
 * <p>The data-flow steps (InputPath, Parameters, ResultSelector, ResultPath, OutputPath) are the
 * codec's compiled {@code PathExpression}, {@code PayloadTemplate} and {@code ResultPathWriter}, the
 * classes the runtime's nodes hold. What needs the runtime's own judgement (Choice rules, Fail
 * states, invoking a Task, matching an error against Retry and Catch) runs as a small probe
 * machine compiled and executed by the runtime, so nothing of the language is implemented twice.
 * At TRACE, the probe that invokes an HTTP Task runs with an
 * {@link io.expresso.runtime.task.ExchangeObserver}, through which the task reports the request it
 * sent and the response it got.
 */
package io.expresso.http.teststate;
