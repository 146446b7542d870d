package io.expresso.runtime.integration.lambda;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.task.LambdaArns;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Which Lambda Invoke API endpoint serves which function: a mapping from function names or ARNs,
 * and a default for every other function. Immutable, so every event loop reads it freely.
 *
 * <p>The file form, read by {@link #load(Path)}:
 * <pre>{@code
 * {
 *   "DefaultEndpoint": "http://127.0.0.1:3001",
 *   "Functions": {
 *     "charge": "http://127.0.0.1:3002",
 *     "arn:aws:lambda:us-east-1:123456789012:function:refund": "http://localhost:4566"
 *   }
 * }
 * }</pre>
 * Both members are optional. A function is looked up as written in the definition, then by its
 * bare name, then by its ARN without version or alias.
 */
public final class LambdaEndpoints {

    /** No endpoints: Lambda tasks reach only Java handlers and mocks. */
    public static final LambdaEndpoints NONE = new LambdaEndpoints(null, Map.of());

    private final LambdaEndpoint defaultEndpoint;
    private final Map<String, LambdaEndpoint> byFunction;

    private LambdaEndpoints(LambdaEndpoint defaultEndpoint, Map<String, LambdaEndpoint> byFunction) {
        this.defaultEndpoint = defaultEndpoint;
        this.byFunction = byFunction;
    }

    /**
     * @param defaultEndpoint serves every function not in {@code byFunction}; {@code null} for none
     * @param byFunction function name or ARN → endpoint
     */
    public static LambdaEndpoints of(LambdaEndpoint defaultEndpoint, Map<String, LambdaEndpoint> byFunction) {
        return new LambdaEndpoints(defaultEndpoint, Map.copyOf(byFunction));
    }

    /**
     * Reads and checks an endpoints file.
     *
     * @throws LambdaConfigException naming the file and the place of the first problem
     */
    public static LambdaEndpoints load(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LambdaConfigException("Cannot read the Lambda endpoints file " + file + ": " + e);
        }
        return parse(content, file.toString());
    }

    /**
     * @param source what to call the content in messages (its file name)
     * @throws LambdaConfigException naming {@code source} and the place of the first problem
     */
    public static LambdaEndpoints parse(byte[] content, String source) {
        Json root;
        try {
            root = JsonParser.parse(content);
        } catch (JsonParseException e) {
            throw new LambdaConfigException(source + ":" + e.lineAndColumn(content) + ": not valid JSON: " + e.getMessage());
        }
        if (!(root instanceof JsonObject)) {
            throw new LambdaConfigException(source + ": $ must be an object");
        }
        JsonObject top = (JsonObject) root;
        LambdaEndpoint defaultEndpoint = null;
        Map<String, LambdaEndpoint> byFunction = new HashMap<>();
        for (int i = 0; i < top.size(); i++) {
            switch (top.keyAt(i)) {
                case "DefaultEndpoint" -> defaultEndpoint = endpoint(top.valueAt(i), source, "$.DefaultEndpoint");
                case "Functions" -> functions(top.valueAt(i), source, byFunction);
                default -> throw new LambdaConfigException(source + ": " + member("$", top.keyAt(i))
                        + " is not allowed here; expected \"DefaultEndpoint\" or \"Functions\"");
            }
        }
        return of(defaultEndpoint, byFunction);
    }

    private static void functions(Json value, String source, Map<String, LambdaEndpoint> into) {
        if (!(value instanceof JsonObject)) {
            throw new LambdaConfigException(source + ": $.Functions must be an object of function → endpoint URL");
        }
        JsonObject functions = (JsonObject) value;
        for (int i = 0; i < functions.size(); i++) {
            String function = functions.keyAt(i);
            String at = member("$.Functions", function);
            if (LambdaArns.functionName(function) == null) {
                throw new LambdaConfigException(source + ": " + at + " does not name a function");
            }
            into.put(function, endpoint(functions.valueAt(i), source, at));
        }
    }

    private static LambdaEndpoint endpoint(Json value, String source, String at) {
        if (!(value instanceof JsonString)) {
            throw new LambdaConfigException(source + ": " + at + " must be a URL string");
        }
        String text = ((JsonString) value).value();
        try {
            return LambdaEndpoint.of(new URI(text));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new LambdaConfigException(source + ": " + at + " must be an absolute http or https URL without"
                    + " query, was \"" + text + "\"");
        }
    }

    private static String member(String at, String key) {
        return at + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /**
     * @param overrides settings made in code or on the command line, which win over this file's
     * @return the two combined
     */
    public LambdaEndpoints with(LambdaEndpoints overrides) {
        Map<String, LambdaEndpoint> combined = new HashMap<>(byFunction);
        combined.putAll(overrides.byFunction);
        return of(overrides.defaultEndpoint != null ? overrides.defaultEndpoint : defaultEndpoint, combined);
    }

    /** @return whether no function reaches an endpoint */
    public boolean isEmpty() {
        return defaultEndpoint == null && byFunction.isEmpty();
    }

    /**
     * @param function a function name or ARN, with or without a qualifier
     * @return its endpoint: a mapping for it, else the default; {@code null} when neither exists
     */
    public LambdaEndpoint endpointFor(String function) {
        LambdaEndpoint mapped = byFunction.isEmpty() ? null : LambdaArns.find(function, byFunction::get);
        return mapped != null ? mapped : defaultEndpoint;
    }
}
