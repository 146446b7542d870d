package io.expresso.runtime.integration.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpConnectionsTest {

    private static final String ARN = "arn:aws:events:us-east-1:123456789012:connection/Api/1";

    private static HttpConnections parse(String json) {
        return HttpConnections.parse(json.getBytes(StandardCharsets.UTF_8), "connections.json");
    }

    private static String message(String json) {
        return assertThrows(HttpConnectionsException.class, () -> parse(json)).getMessage();
    }

    private static String connection(String body) {
        return "{\"Connections\": {\"" + ARN + "\": " + body + "}}";
    }

    @Test
    void shouldReadEachAuthorizationTypeWithItsInvocationParameters() {
        HttpConnections connections = parse("""
                {"Connections": {
                  "arn:aws:events:us-east-1:123456789012:connection/Key/1": {
                    "Name": "Key", "AuthorizationType": "API_KEY",
                    "AuthParameters": {
                      "ApiKeyAuthParameters": {"ApiKeyName": "x-api-key", "ApiKeyValue": "k"},
                      "InvocationHttpParameters": {
                        "HeaderParameters": [{"Key": "Team", "Value": "payments", "IsValueSecret": false}],
                        "QueryStringParameters": [{"Key": "v", "Value": "2"}],
                        "BodyParameters": [{"Key": "source", "Value": "sfn"}]}}},
                  "arn:aws:events:us-east-1:123456789012:connection/Basic/1": {
                    "AuthorizationType": "BASIC",
                    "AuthParameters": {"BasicAuthParameters": {"Username": "u", "Password": "p"}}},
                  "arn:aws:events:us-east-1:123456789012:connection/OAuth/1": {
                    "AuthorizationType": "OAUTH_CLIENT_CREDENTIALS",
                    "AuthParameters": {"OAuthParameters": {
                      "AuthorizationEndpoint": "http://127.0.0.1:9000/token", "HttpMethod": "POST",
                      "ClientParameters": {"ClientID": "id", "ClientSecret": "s"},
                      "OAuthHttpParameters": {"BodyParameters": [{"Key": "scope", "Value": "read"}]}}}}}}
                """);
        ConnectionSettings key = connections.find("arn:aws:events:us-east-1:123456789012:connection/Key/1");
        assertEquals(new ConnectionAuth.ApiKey("x-api-key", "k"), key.auth());
        assertEquals(new HttpParameters(List.of(new NameValue("Team", "payments")), List.of(new NameValue("v", "2")),
                List.of(new NameValue("source", "sfn"))), key.invocation());
        assertEquals(new ConnectionAuth.Basic("u", "p"),
                connections.find("arn:aws:events:us-east-1:123456789012:connection/Basic/1").auth());
        assertEquals(new ConnectionAuth.OAuthClientCredentials("http://127.0.0.1:9000/token", RequestMethod.POST, "id", "s",
                        new HttpParameters(List.of(), List.of(), List.of(new NameValue("scope", "read")))),
                connections.find("arn:aws:events:us-east-1:123456789012:connection/OAuth/1").auth());
        assertEquals(3, connections.size());
    }

    @Test
    void shouldFindNothingForAnArnTheFileDoesNotMap() {
        assertNull(parse("{\"Connections\": {}}").find(ARN));
        assertNull(HttpConnections.NONE.find(ARN));
    }

    @Test
    void shouldRefuseMalformedJsonWithLineAndColumn() {
        assertEquals("connections.json:2:11: not valid JSON: ",
                message("{\"Connections\":\n  {\"a\": 1,,}}").replaceAll("JSON: .*", "JSON: "));
    }

    @Test
    void shouldRefuseAnAuthBlockThatDoesNotMatchTheAuthorizationType() {
        assertEquals("connections.json: $.Connections[\"" + ARN + "\"].AuthParameters.BasicAuthParameters is not"
                + " allowed here; expected one of ApiKeyAuthParameters, InvocationHttpParameters",
                message(connection("{\"AuthorizationType\": \"API_KEY\", \"AuthParameters\": "
                        + "{\"BasicAuthParameters\": {\"Username\": \"u\", \"Password\": \"p\"}}}")));
    }

    @Test
    void shouldRefuseAnUnknownAuthorizationType() {
        assertEquals("connections.json: $.Connections[\"" + ARN + "\"].AuthorizationType must be one of API_KEY,"
                + " BASIC or OAUTH_CLIENT_CREDENTIALS, was \"TOKEN\"",
                message(connection("{\"AuthorizationType\": \"TOKEN\", \"AuthParameters\": {}}")));
    }

    @Test
    void shouldRefuseAMissingMemberWithItsPlace() {
        assertEquals("connections.json: $.Connections[\"" + ARN + "\"].AuthParameters.ApiKeyAuthParameters is"
                + " missing the required member \"ApiKeyValue\"",
                message(connection("{\"AuthorizationType\": \"API_KEY\", \"AuthParameters\": "
                        + "{\"ApiKeyAuthParameters\": {\"ApiKeyName\": \"x-api-key\"}}}")));
    }

    @Test
    void shouldRefuseAHeaderParameterThatCannotBeAHeader() {
        assertEquals("connections.json: $.Connections[\"" + ARN + "\"].AuthParameters.InvocationHttpParameters"
                + ".HeaderParameters[1].Key is not a valid HTTP header name: \"bad name\"",
                message(connection("{\"AuthorizationType\": \"BASIC\", \"AuthParameters\": {"
                        + "\"BasicAuthParameters\": {\"Username\": \"u\", \"Password\": \"p\"},"
                        + "\"InvocationHttpParameters\": {\"HeaderParameters\": ["
                        + "{\"Key\": \"ok\", \"Value\": \"1\"}, {\"Key\": \"bad name\", \"Value\": \"2\"}]}}}")));
    }

    @Test
    void shouldRefuseATokenEndpointThatIsNotHttp() {
        assertEquals("connections.json: $.Connections[\"" + ARN + "\"].AuthParameters.OAuthParameters"
                + ".AuthorizationEndpoint must be an http or https URL, was \"file:///etc/passwd\"",
                message(connection("{\"AuthorizationType\": \"OAUTH_CLIENT_CREDENTIALS\", \"AuthParameters\": {"
                        + "\"OAuthParameters\": {\"AuthorizationEndpoint\": \"file:///etc/passwd\", \"HttpMethod\": \"POST\","
                        + "\"ClientParameters\": {\"ClientID\": \"i\", \"ClientSecret\": \"s\"}}}}")));
    }

    @Test
    void shouldRefuseAKeyThatIsNotAConnectionArn() {
        assertEquals("connections.json: $.Connections.Stripe is not a connection ARN"
                + " (arn:aws:events:REGION:ACCOUNT:connection/NAME/ID)",
                message("{\"Connections\": {\"Stripe\": {}}}"));
    }

    @Test
    void shouldRefuseWrongTypesAndUnknownTopLevelMembers() {
        assertEquals("connections.json: $.Connections must be an object, was array",
                message("{\"Connections\": []}"));
        assertEquals("connections.json: $.Connection is not allowed here; expected one of Connections",
                message("{\"Connection\": {}}"));
    }

    @Test
    void shouldLoadAFileAndNameItWhenUnreadable(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("c.json");
        Files.writeString(file, "{\"Connections\": {}}");
        assertEquals(file.toString(), HttpConnections.load(file).source());
        String missing = assertThrows(HttpConnectionsException.class,
                () -> HttpConnections.load(folder.resolve("none.json"))).getMessage();
        assertEquals("Cannot read the HTTP connections file " + folder.resolve("none.json"),
                missing.substring(0, missing.indexOf(':')));
    }
}
