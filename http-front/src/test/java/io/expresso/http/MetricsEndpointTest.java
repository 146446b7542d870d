package io.expresso.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} on a real loopback server, twice on one kept-alive connection. */
class MetricsEndpointTest {

    /** A HELP or TYPE line, or a sample: name, optional labels, a number. */
    private static final Pattern LINE = Pattern.compile(
            "# (HELP|TYPE) [a-z_]+ .+|[a-z_]+(\\{[a-z_]+=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\"(,[a-z_]+=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\")*})? [0-9.+-einfInf]+");

    @Test
    void shouldServePrometheusTextOverLoopback() throws Exception {
        try (ServerFixture fixture = new ServerFixture(false)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest scrape = HttpRequest.newBuilder(URI.create(fixture.server.endpoint() + "/metrics")).build();
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> response = http.send(scrape, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
                String body = response.body();
                assertTrue(body.endsWith("\n"));
                for (String line : body.split("\n")) {
                    assertTrue(LINE.matcher(line).matches(), line);
                }
                assertTrue(body.contains("# TYPE expresso_executions_in_flight gauge\nexpresso_executions_in_flight 0\n"), body);
                assertTrue(body.contains("\nexpresso_log_records_dropped_total 0\n"), body);
            }
        }
    }
}
