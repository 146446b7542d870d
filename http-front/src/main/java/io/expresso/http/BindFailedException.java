package io.expresso.http;

import java.io.IOException;
import java.net.BindException;

/** The server could not listen on its address; nothing it started is left running. */
public final class BindFailedException extends RuntimeException {

    private final String host;
    private final int port;

    BindFailedException(String host, int port, IOException cause) {
        super("cannot listen on " + host + ":" + port + ": " + cause.getMessage(), cause);
        this.host = host;
        this.port = port;
    }

    /** @return the address as configured, {@code host:port} */
    public String address() {
        return host + ":" + port;
    }

    /** @return whether another socket holds the address already */
    public boolean addressInUse() {
        return getCause() instanceof BindException && String.valueOf(getCause().getMessage()).contains("in use");
    }
}
