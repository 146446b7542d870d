/**
 * TestState (docs/semantics/http-api.md#teststate): one state run on its own, with its data-flow steps laid open.
 *
 * <p>The state is compiled as the only state of a small machine, its transition targets stand-in
 * states, and the runtime runs it as a {@link io.expresso.runtime.exec.StateProbe}: through the
 * same compiled nodes as every execution, so nothing of the language is implemented twice. The
 * nodes report each step's value to the request's inspection; the probe ends where the state
 * leaves, stops at a retrier instead of waiting, and takes a mock in place of a Task's call or a
 * Map's or Parallel's children. At TRACE, an HTTP Task runs with an
 * {@link io.expresso.runtime.task.ExchangeObserver}, through which the task reports the request it
 * sent and the response it got.
 */
package io.expresso.http.teststate;
