/**
 * The HTTP Task, {@code arn:aws:states:::http:invoke}: reading its evaluated {@code Parameters}
 * into a request, merging an EventBridge-shaped connection (credentials and invocation
 * parameters from a local file), encoding query strings and bodies as AWS does, and shaping the
 * response into {@code {Headers, ResponseBody, StatusCode, StatusText}} or an error named
 * {@code States.Http.StatusCode.NNN}.
 *
 * <p>Everything here runs on the execution's event loop and never blocks: a request is built from
 * values already evaluated, sent on the loop's own connections, and its response completes the
 * task attempt. OAuth tokens are shared by every loop through a lock-free cache
 * ({@link io.expresso.runtime.integration.http.OAuthTokenCache}).
 */
package io.expresso.runtime.integration.http;
