package io.expresso.http.teststate;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.net.HttpFields;
import io.expresso.runtime.net.HttpRequest;
import io.expresso.runtime.net.HttpResponse;
import io.expresso.runtime.task.ExchangeObserver;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP Task's exchange as TestState shows it at TRACE: {@code inspectionData.request}
 * {@code {protocol, method, url, headers, body}} and {@code inspectionData.response}
 * {@code {protocol, statusCode, statusMessage, headers, body}}, every member a string and the
 * headers one text, {@code [Name: value, Name: value]}. When the attempt sent the request more
 * than once (an OAuth token refused with 401, fetched again), the last exchange is the one shown.
 * Without {@code revealSecrets} the request is shown as the state's own parameters make it: the
 * headers, query parameters and body parameters that the connection adds are left out.
 *
 * <p>Written on the probe execution's loop, read once the probe's result is in.
 */
final class HttpTrace implements ExchangeObserver {

    private static final JsonObject.Shape REQUEST = JsonObject.Shape.of("protocol", "method", "url", "headers", "body");
    private static final JsonObject.Shape RESPONSE = JsonObject.Shape.of("protocol", "statusCode", "statusMessage", "headers",
            "body");

    private final boolean revealSecrets;
    private HttpRequest request;
    private HttpResponse response;

    HttpTrace(boolean revealSecrets) {
        this.revealSecrets = revealSecrets;
    }

    @Override
    public void requested(HttpRequest sent, HttpRequest withoutSecrets) {
        request = revealSecrets ? sent : withoutSecrets;
        response = null;
    }

    @Override
    public void responded(HttpResponse answer) {
        response = answer;
    }

    /** Adds the request and, when one came, the response; nothing when no request was sent or nothing is inspected. */
    void addTo(Inspection inspection) {
        if (request == null || inspection == null) {
            return;
        }
        String protocol = request.origin().scheme();
        inspection.member("request", JsonObject.of(REQUEST, new Json[] {JsonString.of(protocol),
            JsonString.of(request.method()), JsonString.of(request.url()), headers(request.headers()), text(request.body())}));
        if (response != null) {
            inspection.member("response", JsonObject.of(RESPONSE, new Json[] {JsonString.of(protocol),
                JsonString.of(Integer.toString(response.status())), JsonString.of(response.reason()),
                headers(response.headers()), text(response.body())}));
        }
    }

    private static JsonString headers(HttpFields fields) {
        StringBuilder text = new StringBuilder().append('[');
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(fields.name(i)).append(": ").append(fields.value(i));
        }
        return JsonString.of(text.append(']').toString());
    }

    private static JsonString text(byte[] body) {
        return JsonString.of(new String(body, StandardCharsets.UTF_8));
    }
}
