package io.expresso.runtime.integration.http;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.net.HttpFields;
import io.expresso.runtime.net.HttpRequest;
import io.expresso.runtime.net.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The OAuth 2.0 client-credentials token request a connection makes (RFC 6749 §4.4): the client
 * id and secret as HTTP Basic credentials, {@code grant_type=client_credentials} with the
 * connection's {@code OAuthHttpParameters} body parameters as a form body (in the query for a
 * GET), its header and query parameters; and the reading of the token response.
 */
final class OAuthTokenRequest {

    /** What the task fails with when the connection cannot get a token: EventBridge deauthorizes it. */
    static final String INVALID_CONNECTION_STATE = "Events.ConnectionResource.InvalidConnectionState";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private OAuthTokenRequest() {
    }

    static HttpRequest render(ConnectionAuth.OAuthClientCredentials oauth) {
        List<NameValue> form = new ArrayList<>();
        if (oauth.parameters().body().stream().noneMatch(p -> p.name().equals("grant_type"))) {
            form.add(new NameValue("grant_type", "client_credentials"));
        }
        form.addAll(oauth.parameters().body());
        boolean inQuery = oauth.method() == RequestMethod.GET;
        List<NameValue> query = new ArrayList<>(oauth.parameters().query());
        if (inQuery) {
            query.addAll(form);
        }
        HttpFields headers = new HttpFields(oauth.parameters().headers().size() + 3);
        for (NameValue header : oauth.parameters().headers()) {
            headers.add(header.name(), header.value());
        }
        NameValue basic = AuthorizationHeader.basic(oauth.clientId(), oauth.clientSecret());
        headers.add(basic.name(), basic.value());
        headers.add("Accept", "application/json");
        byte[] body = null;
        if (!inQuery) {
            headers.add("Content-Type", "application/x-www-form-urlencoded");
            body = QueryString.encode(null, form).getBytes(StandardCharsets.UTF_8);
        }
        String queryText = QueryString.encode(null, query);
        URI endpoint = URI.create(oauth.endpoint());
        URI uri = queryText.isEmpty() ? endpoint
                : URI.create(oauth.endpoint() + (endpoint.getRawQuery() == null ? "?" : "&") + queryText);
        return new HttpRequest(oauth.method().name(), uri, headers, body);
    }

    /** @return the token, or why there is none */
    static TokenResult read(HttpResponse response, String endpoint, long nowNanos) {
        if (response.status() < 200 || response.status() > 299) {
            return refused(endpoint, "answered " + response.status() + " " + response.reason());
        }
        Json body;
        try {
            body = JsonParser.parse(response.body());
        } catch (JsonParseException e) {
            return refused(endpoint, "answered with a body that is not JSON");
        }
        Json token = body instanceof JsonObject ? ((JsonObject) body).get("access_token") : null;
        if (!(token instanceof JsonString) || ((JsonString) token).value().isEmpty()) {
            return refused(endpoint, "answered without an access_token");
        }
        Json expiresIn = ((JsonObject) body).get("expires_in");
        long expiresAt = Long.MAX_VALUE;
        if (expiresIn instanceof JsonNumber) {
            double seconds = ((JsonNumber) expiresIn).doubleValue();
            expiresAt = nowNanos + (long) (Math.max(0, Math.min(seconds, 1e9)) * NANOS_PER_SECOND);
        }
        return new TokenResult(new OAuthToken(((JsonString) token).value(), expiresAt), null);
    }

    static TokenResult refused(String endpoint, String why) {
        return new TokenResult(null, AslError.of(INVALID_CONNECTION_STATE, "The connection could not get an OAuth"
                + " token: " + endpoint + " " + why + "."));
    }
}
