package io.expresso.runtime.net;

/** A complete HTTP response: status, reason phrase, ordered header fields and the whole body. */
public final class HttpResponse {

    private final int status;
    private final String reason;
    private final HttpFields headers;
    private final byte[] body;

    public HttpResponse(int status, String reason, HttpFields headers, byte[] body) {
        this.status = status;
        this.reason = reason;
        this.headers = headers;
        this.body = body;
    }

    /** @return the status code */
    public int status() {
        return status;
    }

    /** @return the reason phrase as the server wrote it (may be empty) */
    public String reason() {
        return reason;
    }

    public HttpFields headers() {
        return headers;
    }

    /** @return the body, decoded from chunked transfer coding when it came so; empty when there was none */
    public byte[] body() {
        return body;
    }

    @Override
    public String toString() {
        return status + " " + reason + " (" + body.length + " bytes)";
    }
}
