package io.expresso.runtime.integration.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.JsonObject;
import io.expresso.runtime.net.HttpFields;
import io.expresso.runtime.net.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseShaperTest {

    private static HttpResponse response(int status, String reason, String contentType, byte[] body) {
        HttpFields headers = new HttpFields().add("Date", "Tue, 21 Nov 2023 00:06:17 GMT");
        if (contentType != null) {
            headers.add("Content-Type", contentType);
        }
        return new HttpResponse(status, reason, headers, body);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldShapeResultAsAwsWithLowerCaseHeaderArraysParsedJsonAndNumericStatus() {
        TaskOutcome outcome = ResponseShaper.shape(response(200, "OK", "application/json",
                utf8("{\"args\":{\"q\":\"1\"},\"n\":1.50}")));
        assertNull(outcome.error());
        assertEquals("{\"Headers\":{\"date\":[\"Tue, 21 Nov 2023 00:06:17 GMT\"],\"content-type\":[\"application/json\"]},"
                + "\"ResponseBody\":{\"args\":{\"q\":\"1\"},\"n\":1.50},\"StatusCode\":200,\"StatusText\":\"OK\"}",
                outcome.result().toString());
    }

    @Test
    void shouldGatherRepeatedHeadersIntoOneArrayInArrivalOrder() {
        HttpResponse response = new HttpResponse(201, "Created", new HttpFields().add("Set-Cookie", "a=1")
                .add("X-Trace", "t").add("set-cookie", "b=2"), new byte[0]);
        assertEquals("{\"set-cookie\":[\"a=1\",\"b=2\"],\"x-trace\":[\"t\"]}",
                ((JsonObject) ResponseShaper.shape(response).result()).get("Headers").toString());
    }

    @Test
    void shouldKeepNonJsonBodyAsText() {
        TaskOutcome outcome = ResponseShaper.shape(response(200, "OK", "text/plain; charset=utf-8", utf8("{\"looks\":\"like json\"}")));
        assertEquals("\"{\\\"looks\\\":\\\"like json\\\"}\"",
                ((JsonObject) outcome.result()).get("ResponseBody").toString());
    }

    @Test
    void shouldKeepMalformedJsonBodyAsText() {
        TaskOutcome outcome = ResponseShaper.shape(response(200, "OK", "application/problem+json", utf8("{oops")));
        assertEquals("\"{oops\"", ((JsonObject) outcome.result()).get("ResponseBody").toString());
    }

    @Test
    void shouldParseJsonSuffixMediaTypes() {
        TaskOutcome outcome = ResponseShaper.shape(response(200, "OK", "application/vnd.api+json", utf8("[1,2]")));
        assertEquals("[1,2]", ((JsonObject) outcome.result()).get("ResponseBody").toString());
    }

    @Test
    void shouldGiveEmptyTextForEmptyBody() {
        TaskOutcome outcome = ResponseShaper.shape(response(204, "No Content", null, new byte[0]));
        assertEquals("{\"Headers\":{\"date\":[\"Tue, 21 Nov 2023 00:06:17 GMT\"]},\"ResponseBody\":\"\","
                + "\"StatusCode\":204,\"StatusText\":\"No Content\"}", outcome.result().toString());
    }

    @Test
    void shouldNameNon2xxStatusWithStatusTextAsCause() {
        TaskOutcome outcome = ResponseShaper.shape(response(404, "Not Found", "application/json", utf8("{\"e\":1}")));
        assertEquals(AslError.of("States.Http.StatusCode.404", "Not Found"), outcome.error());
        assertNull(outcome.result());
    }

    @Test
    void shouldNameRedirectsAndInformationalStatusesAsFailures() {
        assertEquals("States.Http.StatusCode.302",
                ResponseShaper.shape(response(302, "Found", null, new byte[0])).error().name());
    }

    @Test
    void shouldFailBinaryContentTypesWithRuntimeError() {
        for (String type : List.of("application/octet-stream", "image/png", "video/mp4", "Audio/MPEG; rate=1")) {
            TaskOutcome outcome = ResponseShaper.shape(response(200, "OK", type, utf8("x")));
            assertEquals(AslError.RUNTIME, outcome.error().name(), type);
        }
    }

    @Test
    void shouldFailBodyThatIsNotUtf8Text() {
        TaskOutcome outcome = ResponseShaper.shape(response(200, "OK", "text/plain", new byte[] {(byte) 0xC3, 0x28}));
        assertEquals(AslError.runtime("The HTTP response body cannot be read as text."), outcome.error());
    }
}
