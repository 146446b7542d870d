package io.expresso.runtime.net;

import java.net.URI;

/** One HTTP request: any method, an origin and request target, ordered header fields, a body. */
public final class HttpRequest {

    private static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final Origin origin;
    private final String target;
    private final HttpFields headers;
    private final byte[] body;

    /**
     * @param url an absolute {@code http} or {@code https} URL, query included; a fragment is not sent
     * @param headers sent in order; {@code Host} and {@code Content-Length} are added when absent
     * @param body {@code null} for none
     * @throws IllegalArgumentException when the method is not an HTTP token or the URL is not absolute http(s)
     */
    public HttpRequest(String method, URI url, HttpFields headers, byte[] body) {
        this(method, Origin.of(url), target(url), headers, body);
    }

    /**
     * For callers that resolved the origin once (a configured endpoint) and build only the target.
     *
     * @param target the request target: an absolute path with its query, already percent-encoded
     */
    public HttpRequest(String method, Origin origin, String target, HttpFields headers, byte[] body) {
        if (!HttpSyntax.isToken(method)) {
            throw new IllegalArgumentException("Invalid HTTP method: '" + method + "'");
        }
        if (target == null || !target.startsWith("/")) {
            throw new IllegalArgumentException("The request target must be an absolute path: '" + target + "'");
        }
        this.method = method;
        this.origin = origin;
        this.target = target;
        this.headers = headers == null ? new HttpFields(0) : headers;
        this.body = body == null ? NO_BODY : body;
    }

    private static String target(URI url) {
        String path = url.getRawPath();
        String query = url.getRawQuery();
        String absolutePath = path == null || path.isEmpty() ? "/" : path;
        return query == null ? absolutePath : absolutePath + "?" + query;
    }

    public String method() {
        return method;
    }

    public Origin origin() {
        return origin;
    }

    /** @return the absolute URL the request goes to: the origin (its port only when not the default), path and query */
    public String url() {
        return origin + target;
    }

    /** @return the path and query as sent on the request line */
    public String target() {
        return target;
    }

    public HttpFields headers() {
        return headers;
    }

    /** @return the body; empty when there is none */
    public byte[] body() {
        return body;
    }

    /** @return whether repeating the request is harmless (RFC 9110 §9.2.2), so a broken connection may be retried */
    boolean idempotent() {
        switch (method) {
            case "GET":
            case "HEAD":
            case "PUT":
            case "DELETE":
            case "OPTIONS":
            case "TRACE":
                return true;
            default:
                return false;
        }
    }

    @Override
    public String toString() {
        return method + " " + url();
    }
}
