package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.runtime.integration.http.ArrayFormat;
import io.expresso.runtime.integration.http.BodyEncoding;
import io.expresso.runtime.integration.http.ForbiddenHeaders;
import io.expresso.runtime.integration.http.RequestMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the literal {@code Parameters} of an HTTP Task ({@code arn:aws:states:::http:invoke}) at
 * deploy: {@code ApiEndpoint} and {@code Method} are required, a literal {@code Method} and
 * {@code Transform} must name known values, and literal {@code Headers} may not set what AWS
 * forbids (reported at {@code /States/<state>/Parameters}, as AWS reports it). Values given by
 * paths ({@code "Method.$"}) are checked when the task runs.
 */
final class HttpInvokeCheck {

    private HttpInvokeCheck() {
    }

    /** @param parameters the task's {@code Parameters}, or {@code null} when absent */
    static void check(Json parameters, FieldReader task, Diagnostics diagnostics) {
        if (parameters == null) {
            task.missing("Parameters");
            return;
        }
        if (!parameters.isObject()) {
            // Any JSON value deploys as Parameters, but an HTTP Task needs its request fields.
            diagnostics.schema("The field 'Parameters' should be of type object", task.at("Parameters"));
            return;
        }
        FieldReader p = new FieldReader((JsonObject) parameters, task.at("Parameters"), diagnostics);
        for (String field : List.of("ApiEndpoint", "Method")) {
            if (!p.has(field) && !p.has(field + ".$")) {
                p.missing(field);
            }
        }
        p.oneOf("Method", RequestMethod.names());
        headers(p.object("Headers"), p, diagnostics);
        transform(p.object("Transform"), p, diagnostics);
    }

    private static void headers(JsonObject headers, FieldReader p, Diagnostics diagnostics) {
        if (headers == null) {
            return;
        }
        List<String> forbidden = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String key = headers.keyAt(i);
            String name = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            if (ForbiddenHeaders.isForbidden(name)) {
                forbidden.add(name);
            }
        }
        if (!forbidden.isEmpty()) {
            diagnostics.schema(ForbiddenHeaders.message(forbidden), p.location());
        }
    }

    private static void transform(JsonObject transform, FieldReader p, Diagnostics diagnostics) {
        if (transform == null) {
            return;
        }
        FieldReader t = new FieldReader(transform, p.at("Transform"), diagnostics);
        t.oneOf("RequestBodyEncoding", BodyEncoding.names());
        JsonObject options = t.object("RequestEncodingOptions");
        if (options != null) {
            new FieldReader(options, t.at("RequestEncodingOptions"), diagnostics).oneOf("ArrayFormat",
                    ArrayFormat.names());
        }
    }
}
