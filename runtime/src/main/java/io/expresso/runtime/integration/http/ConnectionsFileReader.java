package io.expresso.runtime.integration.http;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an HTTP connections file strictly: unknown members, wrong types, an auth block that does
 * not match {@code AuthorizationType} and unusable values are refused with their JSON path
 * ({@code $.Connections["arn:…"].AuthParameters.ApiKeyAuthParameters.ApiKeyName}).
 */
final class ConnectionsFileReader {

    private static final Map<String, String> AUTH_BLOCKS = Map.of(
            "API_KEY", "ApiKeyAuthParameters",
            "BASIC", "BasicAuthParameters",
            "OAUTH_CLIENT_CREDENTIALS", "OAuthParameters");
    private static final Set<String> TOKEN_METHODS = Set.of("GET", "POST", "PUT");

    private final String source;

    private ConnectionsFileReader(String source) {
        this.source = source;
    }

    static Map<String, ConnectionSettings> read(byte[] content, String source) {
        Json root;
        try {
            root = JsonParser.parse(content);
        } catch (JsonParseException e) {
            throw new HttpConnectionsException(source + ":" + lineAndColumn(content, e.position())
                    + ": not valid JSON: " + e.getMessage());
        }
        ConnectionsFileReader reader = new ConnectionsFileReader(source);
        return reader.connections(reader.new Located(root, "$"));
    }

    /** @return {@code line:column} of a byte offset, both counted from 1 */
    private static String lineAndColumn(byte[] content, long position) {
        String before = new String(content, 0, (int) Math.min(position, content.length), StandardCharsets.UTF_8);
        int lastBreak = before.lastIndexOf('\n');
        long line = before.chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (before.length() - lastBreak);
    }

    private Map<String, ConnectionSettings> connections(Located root) {
        root.allowOnly("Connections");
        Located connections = root.required("Connections");
        JsonObject byArn = connections.object();
        Map<String, ConnectionSettings> settings = new HashMap<>();
        for (int i = 0; i < byArn.size(); i++) {
            String arn = byArn.keyAt(i);
            Located connection = connections.member(arn);
            if (!arn.startsWith("arn:")) {
                throw connection.problem("is not a connection ARN (arn:aws:events:REGION:ACCOUNT:connection/NAME/ID)");
            }
            settings.put(arn, connection(arn, connection));
        }
        return settings;
    }

    private ConnectionSettings connection(String arn, Located connection) {
        connection.allowOnly("Name", "Description", "AuthorizationType", "AuthParameters");
        Located typeField = connection.required("AuthorizationType");
        String type = typeField.text();
        String block = AUTH_BLOCKS.get(type);
        if (block == null) {
            throw typeField.problem("must be one of API_KEY, BASIC or OAUTH_CLIENT_CREDENTIALS, was \"" + type + "\"");
        }
        Located parameters = connection.required("AuthParameters");
        parameters.allowOnly(block, "InvocationHttpParameters");
        Located auth = parameters.required(block);
        Located invocation = parameters.optional("InvocationHttpParameters");
        return new ConnectionSettings(arn, auth(type, auth),
                invocation == null ? HttpParameters.NONE : httpParameters(invocation));
    }

    private ConnectionAuth auth(String type, Located block) {
        switch (type) {
            case "API_KEY": {
                block.allowOnly("ApiKeyName", "ApiKeyValue");
                Located name = block.required("ApiKeyName");
                return new ConnectionAuth.ApiKey(headerName(name), headerValue(block.required("ApiKeyValue")));
            }
            case "BASIC":
                block.allowOnly("Username", "Password");
                return new ConnectionAuth.Basic(block.required("Username").text(), block.required("Password").text());
            default:
                return oauth(block);
        }
    }

    private ConnectionAuth oauth(Located block) {
        block.allowOnly("AuthorizationEndpoint", "HttpMethod", "ClientParameters", "OAuthHttpParameters");
        Located endpoint = block.required("AuthorizationEndpoint");
        requireHttpUrl(endpoint);
        Located methodField = block.required("HttpMethod");
        String method = methodField.text();
        if (!TOKEN_METHODS.contains(method)) {
            throw methodField.problem("must be GET, POST or PUT, was \"" + method + "\"");
        }
        Located client = block.required("ClientParameters");
        client.allowOnly("ClientID", "ClientSecret");
        Located extra = block.optional("OAuthHttpParameters");
        return new ConnectionAuth.OAuthClientCredentials(endpoint.text(), RequestMethod.of(method),
                client.required("ClientID").text(), client.required("ClientSecret").text(),
                extra == null ? HttpParameters.NONE : httpParameters(extra));
    }

    private HttpParameters httpParameters(Located parameters) {
        parameters.allowOnly("HeaderParameters", "QueryStringParameters", "BodyParameters");
        return new HttpParameters(parameterList(parameters.optional("HeaderParameters"), true),
                parameterList(parameters.optional("QueryStringParameters"), false),
                parameterList(parameters.optional("BodyParameters"), false));
    }

    private List<NameValue> parameterList(Located list, boolean headers) {
        if (list == null) {
            return List.of();
        }
        JsonArray items = list.array();
        List<NameValue> parameters = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Located item = list.item(i);
            item.allowOnly("Key", "Value", "IsValueSecret");
            Located key = item.required("Key");
            Located value = item.required("Value");
            parameters.add(headers ? new NameValue(headerName(key), headerValue(value))
                    : new NameValue(key.text(), value.text()));
        }
        return parameters;
    }

    private static String headerName(Located name) {
        String text = name.text();
        if (!HeaderText.isToken(text)) {
            throw name.problem("is not a valid HTTP header name: \"" + text + "\"");
        }
        return text;
    }

    private static String headerValue(Located value) {
        String text = value.text();
        if (!HeaderText.isValue(text)) {
            throw value.problem("holds a line break or control character, which an HTTP header cannot carry");
        }
        return text;
    }

    private static void requireHttpUrl(Located endpoint) {
        String text = endpoint.text();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // Reported below like any other unusable URL.
        }
        throw endpoint.problem("must be an http or https URL, was \"" + text + "\"");
    }

    /** A value of the file with its JSON path, for messages that say where a problem is. */
    private final class Located {
        private final Json value;
        private final String path;

        Located(Json value, String path) {
            this.value = value;
            this.path = path;
        }

        JsonObject object() {
            if (!(value instanceof JsonObject)) {
                throw problem("must be an object, was " + kind());
            }
            return (JsonObject) value;
        }

        JsonArray array() {
            if (!(value instanceof JsonArray)) {
                throw problem("must be an array, was " + kind());
            }
            return (JsonArray) value;
        }

        String text() {
            if (!(value instanceof JsonString)) {
                throw problem("must be a string, was " + kind());
            }
            return ((JsonString) value).value();
        }

        Located member(String key) {
            return new Located(object().get(key), path + memberPath(key));
        }

        Located item(int index) {
            return new Located(array().get(index), path + "[" + index + "]");
        }

        Located required(String key) {
            Located member = optional(key);
            if (member == null) {
                throw problem("is missing the required member \"" + key + "\"");
            }
            return member;
        }

        Located optional(String key) {
            return object().get(key) == null ? null : member(key);
        }

        void allowOnly(String... keys) {
            JsonObject object = object();
            for (int i = 0; i < object.size(); i++) {
                if (!List.of(keys).contains(object.keyAt(i))) {
                    throw member(object.keyAt(i)).problem("is not allowed here; expected one of "
                            + String.join(", ", keys));
                }
            }
        }

        HttpConnectionsException problem(String message) {
            return new HttpConnectionsException(source + ": " + path + " " + message);
        }

        private String kind() {
            return value.kind().name().toLowerCase(Locale.ROOT);
        }

        private String memberPath(String key) {
            return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key
                    : "[" + JsonString.of(key) + "]";
        }
    }
}
