package io.expresso.runtime.net;

import java.net.URI;

/**
 * Where a connection goes: scheme, host and port. Connections are pooled per origin (and per loop).
 *
 * @param secure whether the scheme is {@code https}
 * @param host a host name or an IP literal, IPv6 without brackets
 * @param port the port, the scheme's default when the URL names none
 */
public record Origin(boolean secure, String host, int port) {

    /**
     * @return the origin of an absolute {@code http} or {@code https} URL
     * @throws IllegalArgumentException when the URL is relative, has another scheme or no host
     */
    public static Origin of(URI url) {
        String scheme = url.getScheme();
        boolean secure = "https".equalsIgnoreCase(scheme);
        if (!secure && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("Not an http or https URL: " + url);
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("The URL has no host: " + url);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = url.getPort() >= 0 ? url.getPort() : secure ? 443 : 80;
        return new Origin(secure, host, port);
    }

    /** @return {@code http} or {@code https} */
    public String scheme() {
        return secure ? "https" : "http";
    }

    /** @return the {@code Host} header for requests to this origin: the port only when not the default */
    String hostHeader() {
        String name = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return port == (secure ? 443 : 80) ? name : name + ":" + port;
    }

    @Override
    public String toString() {
        return scheme() + "://" + hostHeader();
    }
}
