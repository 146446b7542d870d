package io.expresso.runtime.integration.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.runtime.RuntimeConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lambda endpoints file and how its mapping combines with settings made in code. */
class LambdaEndpointsTest {

    @TempDir
    Path folder;

    @Test
    void shouldFindAFunctionAsWrittenByNameOrWithoutItsQualifierElseTheDefault() {
        LambdaEndpoints endpoints = parse("""
                {"DefaultEndpoint": "http://127.0.0.1:3001",
                 "Functions": {"charge": "http://127.0.0.1:3002",
                               "arn:aws:lambda:us-east-1:123456789012:function:refund": "https://lambda.local/api/"}}""");

        assertEquals("http://127.0.0.1:3002", url(endpoints, "arn:aws:lambda:us-east-1:123456789012:function:charge:live"));
        assertEquals("http://127.0.0.1:3002", url(endpoints, "charge"));
        assertEquals("https://lambda.local/api/", url(endpoints, "arn:aws:lambda:us-east-1:123456789012:function:refund:2"));
        assertEquals("http://127.0.0.1:3001", url(endpoints, "refund"));
    }

    @Test
    void shouldFindNothingWithoutADefaultForAnUnmappedFunction() {
        LambdaEndpoints endpoints = parse("{\"Functions\": {\"charge\": \"http://127.0.0.1:3002\"}}");

        assertNull(endpoints.endpointFor("refund"));
        assertTrue(parse("{}").isEmpty());
    }

    @Test
    void shouldRefuseTextThatIsNotJsonWithTheLineAndColumn() {
        LambdaConfigException refused = assertThrows(LambdaConfigException.class,
                () -> parse("{\n  \"DefaultEndpoint\": \"http://h:1\",,\n}"));

        assertTrue(refused.getMessage().startsWith("lambda.json:2:"), refused.getMessage());
    }

    @Test
    void shouldRefuseAnEndpointThatIsNotAnHttpUrlNamingWhereItIs() {
        LambdaConfigException refused = assertThrows(LambdaConfigException.class,
                () -> parse("{\"Functions\": {\"charge\": \"ftp://127.0.0.1/\"}}"));

        assertEquals("lambda.json: $.Functions[\"charge\"] must be an absolute http or https URL without query,"
                + " was \"ftp://127.0.0.1/\"", refused.getMessage());
    }

    @Test
    void shouldRefuseMembersItDoesNotKnow() {
        LambdaConfigException refused = assertThrows(LambdaConfigException.class,
                () -> parse("{\"Endpoint\": \"http://127.0.0.1:3001\"}"));

        assertEquals("lambda.json: $[\"Endpoint\"] is not allowed here; expected \"DefaultEndpoint\" or \"Functions\"",
                refused.getMessage());
    }

    @Test
    void shouldLetSettingsMadeInCodeWinOverTheFile() throws Exception {
        Path file = folder.resolve("lambda.json");
        Files.writeString(file, "{\"DefaultEndpoint\": \"http://127.0.0.1:1\", \"Functions\": {"
                + "\"charge\": \"http://127.0.0.1:2\", \"refund\": \"http://127.0.0.1:3\"}}");

        RuntimeConfig config = new RuntimeConfig().lambdaConfig(file)
                .lambdaEndpoint(URI.create("http://127.0.0.1:9"))
                .lambdaEndpoint("refund", URI.create("http://127.0.0.1:8"))
                .conclude();

        assertEquals("http://127.0.0.1:9", url(config.lambdaEndpoints(), "other"));
        assertEquals("http://127.0.0.1:2", url(config.lambdaEndpoints(), "charge"));
        assertEquals("http://127.0.0.1:8", url(config.lambdaEndpoints(), "refund"));
    }

    @Test
    void shouldRefuseToStartWithAMalformedFile() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"Functions\": []}");
        RuntimeConfig config = new RuntimeConfig().lambdaConfig(file);

        LambdaConfigException refused = assertThrows(LambdaConfigException.class, config::conclude);

        assertTrue(refused.getMessage().contains("$.Functions must be an object"), refused.getMessage());
    }

    @Test
    void shouldRefuseAnEndpointSetInCodeWithAQuery() {
        RuntimeConfig config = new RuntimeConfig().lambdaEndpoint(URI.create("http://127.0.0.1:3001/?x=1"));

        LambdaConfigException refused = assertThrows(LambdaConfigException.class, config::conclude);

        assertTrue(refused.getMessage().startsWith("lambdaEndpoint must not have a query"), refused.getMessage());
    }

    private static LambdaEndpoints parse(String text) {
        return LambdaEndpoints.parse(text.getBytes(StandardCharsets.UTF_8), "lambda.json");
    }

    private static String url(LambdaEndpoints endpoints, String function) {
        return endpoints.endpointFor(function).url().toString();
    }
}
