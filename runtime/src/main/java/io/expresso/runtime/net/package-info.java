/**
 * A non-blocking HTTP/1.1 client for task integrations. Connections are pooled per event loop and
 * per {@link io.expresso.runtime.net.Origin}: a request started on an execution's loop is written,
 * answered and delivered on that loop, so no thread hands off and nothing is locked. Every pool
 * and connection is touched only by its loop; {@link io.expresso.runtime.net.HttpClient} reaches a
 * loop's pools through a concurrent map read once per request.
 */
package io.expresso.runtime.net;
