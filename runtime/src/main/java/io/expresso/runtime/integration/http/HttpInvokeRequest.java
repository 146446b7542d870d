package io.expresso.runtime.integration.http;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.PayloadLimit;
import io.expresso.runtime.net.HttpFields;
import io.expresso.runtime.net.HttpRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP Task's evaluated {@code Parameters}, read and checked: {@code ApiEndpoint},
 * {@code Method}, the {@code ConnectionArn} (under {@code InvocationConfig} or
 * {@code Authentication}), {@code Headers}, {@code QueryParameters}, {@code Transform} and
 * {@code RequestBody}. A value that cannot make a request is not an exception: the instance
 * carries a {@code States.Runtime} {@link #failure()} instead, which fails the task as AWS does.
 */
public final class HttpInvokeRequest {

    /** The resource of the HTTP Task. */
    public static final String RESOURCE = "arn:aws:states:::http:invoke";
    /** AWS asks for the first 256 KiB of a response, the most a state can hold. */
    static final String RANGE = "bytes=0-" + PayloadLimit.MAX_BYTES;
    static final String JSON_CONTENT_TYPE = "application/json; charset=UTF-8";

    private final AslError failure;
    private final URI endpoint;
    private final RequestMethod method;
    private final String connectionArn;
    private final List<NameValue> headers;
    private final Json query;
    private final Json body;
    private final BodyEncoding encoding;
    private final ArrayFormat arrayFormat;

    private HttpInvokeRequest(Reader reader) {
        this.failure = reader.failure;
        this.endpoint = reader.endpoint;
        this.method = reader.method;
        this.connectionArn = reader.connectionArn;
        this.headers = reader.headers;
        this.query = reader.query;
        this.body = reader.body;
        this.encoding = reader.encoding;
        this.arrayFormat = reader.arrayFormat;
    }

    /** Reads evaluated {@code Parameters}; never throws. */
    public static HttpInvokeRequest read(Json parameters) {
        Reader reader = new Reader();
        reader.read(parameters);
        return new HttpInvokeRequest(reader);
    }

    /** @return why no request can be made, or {@code null} when it can */
    public AslError failure() {
        return failure;
    }

    public RequestMethod method() {
        return method;
    }

    public String connectionArn() {
        return connectionArn;
    }

    /**
     * @param connection the connection's settings, or {@code null} when none are configured
     * @return why the body cannot be merged with the connection's body parameters or encoded
     *     (a {@code States.Runtime} error, as AWS raises), or {@code null} when it can
     */
    public AslError bodyProblem(ConnectionSettings connection) {
        boolean connectionBody = connection != null && !connection.invocation().body().isEmpty();
        if (connectionBody && body != null && !(body instanceof JsonObject)) {
            return AslError.runtime("The RequestBody is not a JSON object, so the connection's body"
                    + " parameters cannot be merged into it.");
        }
        if (encoding == BodyEncoding.URL_ENCODED && body != null && !body.isObject() && !body.isString()) {
            return AslError.runtime("A RequestBody encoded as URL_ENCODED must be a JSON object or a string.");
        }
        return null;
    }

    /**
     * Builds the request AWS would send: the task's headers and query with the connection's
     * {@code InvocationHttpParameters} merged over them, its body parameters merged into the
     * body, then encoded; the connection's credentials; {@code Content-Type} for a body that has
     * none; and AWS's own {@code User-Agent} and {@code Range}. Call it only when
     * {@link #bodyProblem} finds none.
     *
     * @param connection    the connection's settings, or {@code null} when none are configured
     * @param authorization the credential header, or {@code null}
     */
    public HttpRequest render(ConnectionSettings connection, NameValue authorization, String region) {
        HttpParameters invocation = connection == null ? HttpParameters.NONE : connection.invocation();
        List<NameValue> sent = new ArrayList<>(headers);
        Overrides.apply(sent, invocation.headers(), true);
        if (authorization != null) {
            Overrides.apply(sent, List.of(authorization), true);
        }
        byte[] bytes = encode(merge(invocation.body()));
        if (bytes != null && sent.stream().noneMatch(header -> header.name().equalsIgnoreCase("Content-Type"))) {
            sent.add(new NameValue("Content-Type", JSON_CONTENT_TYPE));
        }
        // AWS sets these two itself, over any the task gives.
        Overrides.apply(sent, List.of(new NameValue("User-Agent", "Amazon|StepFunctions|HttpInvoke|" + region),
                new NameValue("Range", RANGE)), true);
        HttpFields fields = new HttpFields(sent.size());
        for (NameValue header : sent) {
            fields.add(header.name(), header.value());
        }
        String queryText = QueryString.encode(query, invocation.query());
        URI uri = queryText.isEmpty() ? endpoint
                : URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + queryText);
        return new HttpRequest(method.name(), uri, fields, bytes);
    }

    /** The body with the connection's body parameters set over its members (the connection wins). */
    private Json merge(List<NameValue> connectionBody) {
        if (connectionBody.isEmpty()) {
            return body;
        }
        JsonObject object = body == null ? JsonObject.EMPTY : (JsonObject) body;
        for (NameValue parameter : connectionBody) {
            object = object.with(parameter.name(), JsonString.of(parameter.value()));
        }
        return object;
    }

    /** @return the body's bytes: a string as its text, else JSON or form data; {@code null} for none */
    private byte[] encode(Json merged) {
        if (merged == null) {
            return null;
        }
        if (merged instanceof JsonString) {
            return ((JsonString) merged).value().getBytes(StandardCharsets.UTF_8);
        }
        String text = encoding == BodyEncoding.URL_ENCODED
                ? FormBody.encode((JsonObject) merged, arrayFormat) : null;
        return text == null ? JsonSerializer.toBytes(merged) : text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the fields one by one, stopping at the first that cannot be used. */
    private static final class Reader {
        AslError failure;
        URI endpoint;
        RequestMethod method;
        String connectionArn;
        List<NameValue> headers = List.of();
        Json query;
        Json body;
        BodyEncoding encoding = BodyEncoding.NONE;
        ArrayFormat arrayFormat = ArrayFormat.INDICES;

        void read(Json parameters) {
            if (!(parameters instanceof JsonObject)) {
                fail("The Parameters of an HTTP Task must be a JSON object.");
                return;
            }
            JsonObject fields = (JsonObject) parameters;
            endpoint = endpoint(fields.get("ApiEndpoint"));
            method = failure == null ? method(fields.get("Method")) : null;
            connectionArn = failure == null ? connectionArn(fields) : null;
            headers = failure == null ? headers(fields.get("Headers")) : List.of();
            query = failure == null ? query(fields.get("QueryParameters")) : null;
            if (failure == null) {
                transform(fields.get("Transform"));
            }
            Json requestBody = fields.get("RequestBody");
            body = requestBody == null || requestBody.isNull() ? null : requestBody;
        }

        private URI endpoint(Json value) {
            if (value == null) {
                fail("The field 'ApiEndpoint' is required but was missing.");
                return null;
            }
            String text = ScalarText.of(value);
            if (value.isString()) {
                try {
                    URI uri = new URI(text);
                    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                        return uri;
                    }
                } catch (URISyntaxException e) {
                    // Reported below, with the value.
                }
            }
            fail("The field 'ApiEndpoint' must be an https or http URL, was " + value + ".");
            return null;
        }

        private RequestMethod method(Json value) {
            if (value == null) {
                fail("The field 'Method' is required but was missing.");
                return null;
            }
            RequestMethod found = value.isString() ? RequestMethod.of(ScalarText.of(value)) : null;
            if (found == null) {
                fail(oneOf("Method", RequestMethod.names()) + ", was " + value + ".");
            }
            return found;
        }

        private String connectionArn(JsonObject fields) {
            for (String holder : new String[] {"InvocationConfig", "Authentication"}) {
                Json config = fields.get(holder);
                if (config instanceof JsonObject && ((JsonObject) config).get("ConnectionArn") instanceof JsonString) {
                    return ((JsonString) ((JsonObject) config).get("ConnectionArn")).value();
                }
            }
            fail("The field 'ConnectionArn' (in 'InvocationConfig' or 'Authentication') is required but was missing.");
            return null;
        }

        private List<NameValue> headers(Json value) {
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!(value instanceof JsonObject)) {
                fail("The field 'Headers' should be of type Object, was " + value + ".");
                return List.of();
            }
            JsonObject object = (JsonObject) value;
            List<NameValue> read = new ArrayList<>(object.size());
            List<String> forbidden = new ArrayList<>();
            for (int i = 0; i < object.size(); i++) {
                String name = object.keyAt(i);
                if (ForbiddenHeaders.isForbidden(name)) {
                    forbidden.add(name);
                } else if (!HeaderText.isToken(name)) {
                    fail("The header name '" + name + "' is not a valid HTTP header name.");
                    return List.of();
                } else if (!addHeader(read, name, object.valueAt(i))) {
                    return List.of();
                }
            }
            if (!forbidden.isEmpty()) {
                fail(ForbiddenHeaders.message(forbidden) + ".");
                return List.of();
            }
            return read;
        }

        /** A header's value: a scalar, or an array of scalars sent as one header line each. */
        private boolean addHeader(List<NameValue> read, String name, Json value) {
            List<Json> values = value instanceof JsonArray ? ((JsonArray) value).asList() : List.of(value);
            for (Json item : values) {
                String text = item.isNull() ? null : ScalarText.of(item);
                if (text == null || !HeaderText.isValue(text)) {
                    fail("The header '" + name + "' must be a string, number or boolean without line breaks, was "
                            + value + ".");
                    return false;
                }
                read.add(new NameValue(name, text));
            }
            return true;
        }

        private Json query(Json value) {
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isObject() && !value.isString()) {
                fail("The field 'QueryParameters' should be of type Object or String, was " + value + ".");
                return null;
            }
            return value;
        }

        private void transform(Json value) {
            if (value == null) {
                return;
            }
            if (!(value instanceof JsonObject)) {
                fail("The field 'Transform' should be of type Object, was " + value + ".");
                return;
            }
            Json bodyEncoding = ((JsonObject) value).get("RequestBodyEncoding");
            if (bodyEncoding != null) {
                encoding = bodyEncoding.isString() ? BodyEncoding.of(ScalarText.of(bodyEncoding)) : null;
                if (encoding == null) {
                    fail(oneOf("RequestBodyEncoding", BodyEncoding.names()) + ", was " + bodyEncoding + ".");
                    return;
                }
            }
            Json options = ((JsonObject) value).get("RequestEncodingOptions");
            Json format = options instanceof JsonObject ? ((JsonObject) options).get("ArrayFormat") : null;
            if (format != null) {
                arrayFormat = format.isString() ? ArrayFormat.of(ScalarText.of(format)) : null;
                if (arrayFormat == null) {
                    fail(oneOf("ArrayFormat", ArrayFormat.names()) + ", was " + format + ".");
                }
            }
        }

        private static String oneOf(String field, String[] values) {
            return "The field '" + field + "' should have one of these values: [" + String.join(", ", values) + "]";
        }

        private void fail(String cause) {
            if (failure == null) {
                failure = AslError.runtime(cause);
            }
        }
    }
}
