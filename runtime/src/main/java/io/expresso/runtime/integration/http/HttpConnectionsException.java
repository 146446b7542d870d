package io.expresso.runtime.integration.http;

/** An HTTP connections file that cannot be used; the message names the file and where in it the problem is. */
public final class HttpConnectionsException extends IllegalArgumentException {

    public HttpConnectionsException(String message) {
        super(message);
    }
}
