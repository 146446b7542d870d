package io.expresso.runtime.net;

import java.net.ConnectException;
import java.net.UnknownHostException;
import io.netty.channel.ConnectTimeoutException;
import javax.net.ssl.SSLException;

/** Why a request got no complete response: a kind that callers map to their error names, and a message. */
public final class HttpFailure {

    /** What went wrong. */
    public enum Kind {
        /** The request cannot be sent as given (for example a header Netty refuses). */
        INVALID_REQUEST,
        /** The host name did not resolve. */
        UNKNOWN_HOST,
        /** The host refused the connection (nothing listens on the port). */
        CONNECT_REFUSED,
        /** No connection within the connect timeout. */
        CONNECT_TIMEOUT,
        /** The connection could not be made for another reason (no route, network unreachable). */
        CONNECT_FAILED,
        /** The TLS handshake failed: untrusted certificate, wrong host name, no common protocol. */
        TLS,
        /** The response did not complete within the response timeout. */
        RESPONSE_TIMEOUT,
        /** The response body, or its announced length, exceeds the maximum response size. */
        TOO_LARGE,
        /** The connection closed or reset before the response was complete. */
        CLOSED,
        /** The server's answer is not valid HTTP/1.x. */
        MALFORMED_RESPONSE,
        /** The origin's connections are all busy and its queue of waiting requests is full. */
        QUEUE_FULL,
        /** The client was closed (the runtime is shutting down). */
        SHUTDOWN
    }

    private final Kind kind;
    private final String message;

    public HttpFailure(Kind kind, String message) {
        this.kind = kind;
        this.message = message;
    }

    /** Names a failed connection attempt to {@code origin} after what the transport reported. */
    static HttpFailure connecting(Origin origin, Throwable cause) {
        Kind kind;
        if (cause instanceof ConnectTimeoutException) {
            kind = Kind.CONNECT_TIMEOUT;
        } else if (cause instanceof ConnectException) {
            kind = Kind.CONNECT_REFUSED;
        } else if (cause instanceof UnknownHostException) {
            kind = Kind.UNKNOWN_HOST;
        } else if (isTls(cause)) {
            kind = Kind.TLS;
        } else {
            kind = Kind.CONNECT_FAILED;
        }
        return new HttpFailure(kind, "Unable to connect to " + origin + ": " + describe(cause));
    }

    /** @return whether {@code cause}, or what it wraps, is a TLS failure */
    static boolean isTls(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    /** @return the innermost message, without the exception class names Netty's wrappers add */
    static String describe(Throwable cause) {
        Throwable inner = cause;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        String message = inner.getMessage();
        return message == null ? inner.getClass().getSimpleName() : message;
    }

    public Kind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
