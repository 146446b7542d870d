package io.expresso.http.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @Test
    void shouldRefuseAMalformedHttpConnectionsFileAtStartWithThePlaceOfTheProblem(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("connections.json"), "{\"Connections\": {"
                + "\"arn:aws:events:us-east-1:123456789012:connection/Api/1\": {\"AuthorizationType\": \"BASIC\","
                + " \"AuthParameters\": {\"BasicAuthParameters\": {\"Username\": \"u\"}}}}}");
        String[] words = {"serve", "--port", "0", "--http-connections", file.toString()};

        CommandFailure refused = assertThrows(CommandFailure.class, () -> ServeCommand.run(new Arguments(words, 1), null));

        assertEquals(file + ": $.Connections[\"arn:aws:events:us-east-1:123456789012:connection/Api/1\"]"
                + ".AuthParameters.BasicAuthParameters is missing the required member \"Password\"", refused.getMessage());
    }

    @Test
    void shouldRefuseAMissingHttpConnectionsFileAtStart(@TempDir Path folder) {
        String[] words = {"serve", "--port", "0", "--http-connections", folder.resolve("none.json").toString()};

        CommandFailure refused = assertThrows(CommandFailure.class, () -> ServeCommand.run(new Arguments(words, 1), null));

        assertEquals("Cannot read the HTTP connections file " + folder.resolve("none.json"),
                refused.getMessage().substring(0, refused.getMessage().indexOf(": java")));
    }
}
