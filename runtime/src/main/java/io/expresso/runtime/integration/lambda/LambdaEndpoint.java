package io.expresso.runtime.integration.lambda;

import io.expresso.runtime.net.HttpFields;
import io.expresso.runtime.net.HttpRequest;
import io.expresso.runtime.net.Origin;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** One server of the Lambda Invoke API, resolved once from its URL. */
public final class LambdaEndpoint {

    private final URI url;
    private final Origin origin;
    /** The URL's path without a trailing slash, put before the API's own path (for endpoints behind a prefix). */
    private final String basePath;

    private LambdaEndpoint(URI url, Origin origin, String basePath) {
        this.url = url;
        this.origin = origin;
        this.basePath = basePath;
    }

    /**
     * @param url an absolute http or https URL, optionally with a path prefix; no query or fragment
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static LambdaEndpoint of(URI url) {
        if (url == null || !url.isAbsolute()) {
            throw new IllegalArgumentException("must be an absolute http or https URL, was " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("must not have a query or fragment: " + url);
        }
        Origin origin = Origin.of(url);
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new LambdaEndpoint(url, origin, path);
    }

    public URI url() {
        return url;
    }

    /**
     * @param functionName the bare function name: local servers ({@code sam local}) find functions by name
     * @param qualifier a version or alias, or {@code null}
     * @param headers the Invoke API's request headers ({@code X-Amz-Invocation-Type} …)
     * @return the Invoke request for this endpoint
     */
    public HttpRequest invoke(String functionName, String qualifier, HttpFields headers, byte[] payload) {
        StringBuilder target = new StringBuilder(basePath.length() + functionName.length() + 48)
                .append(basePath).append("/2015-03-31/functions/").append(encode(functionName)).append("/invocations");
        if (qualifier != null) {
            target.append("?Qualifier=").append(encode(qualifier));
        }
        return new HttpRequest("POST", origin, target.toString(), headers, payload);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
