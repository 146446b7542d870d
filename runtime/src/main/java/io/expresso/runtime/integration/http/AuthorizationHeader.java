package io.expresso.runtime.integration.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The header a connection's credentials become on a request. */
public final class AuthorizationHeader {

    private AuthorizationHeader() {
    }

    /**
     * @param bearerToken the OAuth access token, for {@link ConnectionAuth.OAuthClientCredentials}
     * @return the credential header: the API key under its own name, {@code Basic} or {@code Bearer}
     *     {@code Authorization}
     */
    public static NameValue of(ConnectionAuth auth, String bearerToken) {
        if (auth instanceof ConnectionAuth.ApiKey) {
            ConnectionAuth.ApiKey key = (ConnectionAuth.ApiKey) auth;
            return new NameValue(key.name(), key.value());
        }
        if (auth instanceof ConnectionAuth.Basic) {
            ConnectionAuth.Basic basic = (ConnectionAuth.Basic) auth;
            return basic(basic.username(), basic.password());
        }
        return new NameValue("Authorization", "Bearer " + bearerToken);
    }

    /** {@code Authorization: Basic base64(user:password)} (RFC 7617, UTF-8). */
    static NameValue basic(String user, String password) {
        byte[] credentials = (user + ':' + password).getBytes(StandardCharsets.UTF_8);
        return new NameValue("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials));
    }
}
