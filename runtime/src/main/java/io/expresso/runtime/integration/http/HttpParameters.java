package io.expresso.runtime.integration.http;

import java.util.List;

/**
 * EventBridge's {@code ConnectionHttpParameters}: headers, query-string and body parameters a
 * connection adds to every request it authorizes (its {@code InvocationHttpParameters}), or to
 * its OAuth token request ({@code OAuthHttpParameters}).
 */
public record HttpParameters(List<NameValue> headers, List<NameValue> query, List<NameValue> body) {

    public static final HttpParameters NONE = new HttpParameters(List.of(), List.of(), List.of());

    public HttpParameters {
        headers = List.copyOf(headers);
        query = List.copyOf(query);
        body = List.copyOf(body);
    }
}
