package io.expresso.runtime.integration.http;

/** How a connection authorizes requests: EventBridge's three {@code AuthorizationType}s. */
public sealed interface ConnectionAuth {

    /** {@code API_KEY}: the key is sent as the header {@code name}. */
    record ApiKey(String name, String value) implements ConnectionAuth {
    }

    /** {@code BASIC}: {@code Authorization: Basic base64(username:password)}. */
    record Basic(String username, String password) implements ConnectionAuth {
    }

    /**
     * {@code OAUTH_CLIENT_CREDENTIALS}: a bearer token fetched from {@code endpoint} with the
     * client's id and secret, plus the connection's {@code OAuthHttpParameters}.
     *
     * @param method GET, POST or PUT, as EventBridge allows
     */
    record OAuthClientCredentials(String endpoint, RequestMethod method, String clientId, String clientSecret,
                                  HttpParameters parameters) implements ConnectionAuth {
    }
}
