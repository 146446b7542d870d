package io.expresso.runtime.integration.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * The local stand-in for EventBridge connections: a JSON file mapping each {@code ConnectionArn}
 * to settings shaped like {@code CreateConnection}'s {@code AuthorizationType} and
 * {@code AuthParameters}. Checked strictly at load, immutable afterwards, so every event loop
 * reads it without coordination.
 *
 * <pre>{@code
 * {"Connections": {
 *   "arn:aws:events:us-east-1:123456789012:connection/Stripe/1": {
 *     "AuthorizationType": "API_KEY",
 *     "AuthParameters": {
 *       "ApiKeyAuthParameters": {"ApiKeyName": "x-api-key", "ApiKeyValue": "secret"},
 *       "InvocationHttpParameters": {"HeaderParameters": [{"Key": "Team", "Value": "payments"}]}}}}}
 * }</pre>
 */
public final class HttpConnections {

    /** No file: every connection adds nothing, so local endpoints work without setup. */
    public static final HttpConnections NONE = new HttpConnections("(none)", Map.of());

    private final String source;
    private final Map<String, ConnectionSettings> byArn;

    HttpConnections(String source, Map<String, ConnectionSettings> byArn) {
        this.source = source;
        this.byArn = Map.copyOf(byArn);
    }

    /**
     * Reads and checks a connections file.
     *
     * @throws HttpConnectionsException naming the file and the exact place of the first problem
     */
    public static HttpConnections load(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new HttpConnectionsException("Cannot read the HTTP connections file " + file + ": " + e);
        }
    }

    /**
     * Checks a connections file's content.
     *
     * @param source what to call the content in messages (its file name)
     * @throws HttpConnectionsException naming {@code source} and the exact place of the first problem
     */
    public static HttpConnections parse(byte[] content, String source) {
        return new HttpConnections(source, ConnectionsFileReader.read(content, source));
    }

    /** @return the settings for {@code connectionArn}, or {@code null} when the file does not map it */
    public ConnectionSettings find(String connectionArn) {
        return byArn.get(connectionArn);
    }

    /** @return every connection the file maps */
    public Collection<ConnectionSettings> all() {
        return byArn.values();
    }

    /** @return where the settings came from */
    public String source() {
        return source;
    }

    /** @return how many connections the file maps */
    public int size() {
        return byArn.size();
    }
}
