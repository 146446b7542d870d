package io.expresso.http.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code expresso} command as a user meets it: its help, its errors, and {@code run}. */
class ExpressoCommandTest {

    /** The examples folder the launcher serves; the tests run in the module's folder. */
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Pattern COMMENT_INPUT = Pattern.compile("input (\\{.*?\\})(?: \\(|\\.?$)");

    @Test
    void shouldListEveryCommandInTheHelp() throws Exception {
        Said said = expresso("--help");

        assertEquals(0, said.status);
        for (String command : List.of("serve", "run", "validate", "bench-load")) {
            assertTrue(said.out.lines().anyMatch(line -> line.startsWith("  " + command + " ")), command + " in:\n" + said.out);
        }
    }

    @Test
    void shouldDescribeEachOptionOfRunInItsHelp() throws Exception {
        Said said = expresso("run", "--help");

        assertEquals(0, said.status);
        String synopsis = said.out.substring(0, said.out.indexOf("\n\n"));
        Matcher option = Pattern.compile("--[a-z-]+").matcher(synopsis);
        int options = 0;
        while (option.find()) {
            String name = option.group();
            options++;
            assertTrue(said.out.lines().anyMatch(line -> line.startsWith("  " + name + " ") || line.equals("  " + name)),
                    name + " is not described in:\n" + said.out);
        }
        assertEquals(7, options, synopsis);
    }

    @Test
    void shouldRunTheMockedResponsesOfATestCase(@TempDir Path folder) throws Exception {
        Path definition = Files.writeString(folder.resolve("Reserve.asl.json"), "{\"StartAt\":\"Reserve\",\"States\":{"
                + "\"Reserve\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
                + "\"Parameters\":{\"FunctionName\":\"reserve\",\"Payload.$\":\"$\"},\"OutputPath\":\"$.Payload\",\"End\":true}}}");
        Path mocks = Files.writeString(folder.resolve("mocks.json"), "{\"StateMachines\":{\"Reserve\":{\"TestCases\":{"
                + "\"HappyPath\":{\"Reserve\":\"Reserved\"}}}},\"MockedResponses\":{\"Reserved\":{"
                + "\"0\":{\"Return\":{\"StatusCode\":200,\"Payload\":{\"id\":\"r-1\"}}}}}}");

        Said said = expresso("run", definition.toString(), "--mock-config", mocks.toString(), "--test-case", "HappyPath");

        assertEquals(0, said.status, said.err);
        assertEquals("{\"id\":\"r-1\"}", said.out.strip());
    }

    @Test
    void shouldRefuseATestCaseTheMockConfigDoesNotHaveInOneLine(@TempDir Path folder) throws Exception {
        Path definition = Files.writeString(folder.resolve("Reserve.asl.json"),
                "{\"StartAt\":\"Done\",\"States\":{\"Done\":{\"Type\":\"Succeed\"}}}");
        Path mocks = Files.writeString(folder.resolve("mocks.json"), "{\"StateMachines\":{},\"MockedResponses\":{}}");

        Said said = expresso("run", definition.toString(), "--mock-config", mocks.toString(), "--test-case", "Missing");

        assertEquals(2, said.status);
        assertOneLine("expresso run: ", said.err);
    }

    @Test
    void shouldAskForTheMockConfigWhenGivenOnlyATestCase() throws Exception {
        Said said = expresso("run", EXAMPLES.resolve("hello.asl.json").toString(), "--test-case", "HappyPath");

        assertEquals(2, said.status);
        assertTrue(said.err.startsWith("expresso run: --mock-config and --test-case go together"), said.err);
        assertTrue(said.err.contains("usage: expresso run"), said.err);
    }

    @Test
    void shouldReportAFileThatCannotBeReadInOneLineWithoutTheUsage(@TempDir Path folder) throws Exception {
        String missing = folder.resolve("missing.asl.json").toString();

        Said said = expresso("run", missing);

        assertEquals(2, said.status);
        assertEquals("expresso run: cannot read " + missing + ": no such file", said.err.strip());
    }

    @Test
    void shouldSayWhatIsWrongWithAHostThatIsNoAddress() throws Exception {
        Said said = expresso("serve", "--host", "999.1.1.1", "--port", "0");

        assertEquals(2, said.status);
        assertEquals("expresso serve: --host 999.1.1.1 is neither an IP address nor a name this machine resolves",
                said.err.strip());
    }

    @Test
    void shouldReportAMockConfigThatCannotBeReadInOneLineWithoutTheUsage(@TempDir Path folder) throws Exception {
        Said said = expresso("serve", "--port", "0", "--mock-config", folder.resolve("none.json").toString());

        assertEquals(2, said.status);
        assertOneLine("expresso serve: Cannot read the mock config file", said.err);
    }

    @Test
    void shouldPrintTheUsageAfterAnUnknownOption() throws Exception {
        Said said = expresso("serve", "--colour", "blue");

        assertEquals(2, said.status);
        assertTrue(said.err.startsWith("expresso serve: unknown option --colour\nusage: expresso serve"), said.err);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void shouldRunEachExampleWithTheInputItsCommentShows(Path example) throws Exception {
        String comment = ((JsonString) ((JsonObject) JsonParser.parse(Files.readString(example))).get("Comment")).value();
        Matcher input = COMMENT_INPUT.matcher(comment);
        assertTrue(input.find(), "no input in the Comment of " + example + ": " + comment);

        Said said = expresso("run", example.toString(), "--input", input.group(1));

        assertEquals(0, said.status, example + " with " + input.group(1) + ": " + said.err);
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> examples = files.filter(file -> file.toString().endsWith(".asl.json")).sorted().toList();
            assertFalse(examples.isEmpty(), "no examples in " + EXAMPLES.toAbsolutePath());
            return examples.stream();
        }
    }

    private static void assertOneLine(String start, String err) {
        assertNotNull(err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith(start), err);
    }

    /** Runs the command with its standard output and error captured. */
    private static Said expresso(String... args) throws InterruptedException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        ByteArrayOutputStream complained = new ByteArrayOutputStream();
        System.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(complained, true, StandardCharsets.UTF_8));
        try {
            int status = ExpressoCommand.run(args);
            return new Said(status, said.toString(StandardCharsets.UTF_8), complained.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private record Said(int status, String out, String err) {
    }
}
