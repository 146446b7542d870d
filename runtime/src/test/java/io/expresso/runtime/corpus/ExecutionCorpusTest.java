package io.expresso.runtime.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.observe.ExecutionHistory;
import io.expresso.runtime.observe.LogLevel;
import io.expresso.runtime.observe.LoggingConfiguration;
import io.expresso.runtime.task.TaskHandlers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the execution corpus: each file under {@code corpus/executions} is an array of cases, each
 * a definition, an input, scripted task handlers ({@link ScriptedHandler}) and the expected
 * outcome: {@code status} (default SUCCEEDED) with {@code output} (compared as a JSON value; the
 * string {@code "<any>"} matches any value, {@code "keyOrder": true} also compares key order) or
 * {@code outputText} (byte-exact), or {@code error} and {@code cause} (exact; absent means none).
 * A case may also list its {@code events} at a {@code logLevel}: it then runs in a runtime of its
 * own that writes the machine's log records (without execution data) to a file, and the records
 * must be exactly those listed, each as {@code "<id> <type> prev=<previous id>"} followed by the
 * {@code name} and {@code index} of its details when it has them; at level ALL the execution's
 * history must be the same list. Such a run keeps its history, so it counts as started
 * asynchronously. Every case runs through a real runtime whose clock runs a hundred times fast.
 */
class ExecutionCorpusTest {

    private static final String MACHINE = CorpusCases.MACHINE;
    private static final String EXECUTION = CorpusCases.EXECUTION;

    private static final String ROLE = "arn:aws:iam::123456789012:role/corpus-role";
    /** The details members an event line shows, in this order. */
    private static final String[] SHOWN_DETAILS = {"name", "index"};

    private static final TaskHandlers HANDLERS = new TaskHandlers();
    private static ExecutorService elsewhere;
    private static Expresso expresso;

    @TempDir
    static Path logFolder;

    @BeforeAll
    static void start() {
        elsewhere = Executors.newSingleThreadExecutor();
        expresso = Expresso.start(config());
    }

    private static RuntimeConfig config() {
        return new RuntimeConfig().eventLoops(2).timeScale(0.01).taskHandlers(HANDLERS).allowUnboundResources(true);
    }

    @AfterAll
    static void stop() {
        expresso.close();
        elsewhere.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<CorpusCases.Case> cases = CorpusCases.load(Paths.get(CorpusCases.EXECUTIONS));
        assertTrue(cases.size() >= 150, "the corpus holds at least 150 cases, has " + cases.size());
        return cases.stream().map(testCase -> DynamicTest.dynamicTest(testCase.name(), () -> run(testCase)));
    }

    /** Cases run one after another, so each may bind its own scripts under names another case also uses. */
    private static void run(CorpusCases.Case testCase) throws Exception {
        testCase.bindTasks(HANDLERS, elsewhere);
        ExecutionResult result;
        if (testCase.listsEvents()) {
            result = runLogged(testCase.body(), testCase.input());
        } else {
            StateMachine machine = expresso.deploy(MACHINE, testCase.definition().toString());
            result = expresso.execute(machine, EXECUTION, testCase.input(), testCase.async())
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        testCase.check(result.status(), result.output(), result.error(), result.cause(), result.toString());
    }

    /**
     * Runs a case that lists its events; closing the runtime writes out every record it accepted,
     * so the file holds all of them when it is read.
     */
    private static ExecutionResult runLogged(JsonObject testCase, Json input) throws Exception {
        LogLevel level = LogLevel.valueOf(CorpusCases.text(testCase.get("logLevel")));
        Path file = Files.createTempFile(logFolder, "corpus", ".jsonl");
        ExecutionResult result;
        try (Expresso logged = Expresso.start(config().logFile(file))) {
            StateMachine machine = logged.deploy(MACHINE, testCase.get("definition").toString(), ROLE,
                    new LoggingConfiguration(level, false));
            result = logged.executeKeepingHistory(machine, EXECUTION, null, input, null)
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        List<String> expected = new ArrayList<>();
        for (Json line : ((JsonArray) testCase.get("events")).asList()) {
            expected.add(CorpusCases.text(line));
        }
        assertEquals(expected, loggedEvents(file), "log records at level " + level);
        if (level == LogLevel.ALL) {
            assertEquals(expected, historyEvents(result.history()), "history");
        }
        return result;
    }

    private static List<String> loggedEvents(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonObject logEvent = (JsonObject) JsonParser.parse(line);
            if (CorpusCases.text(logEvent.get("logStreamName")).startsWith("states/")) {
                JsonObject record = (JsonObject) JsonParser.parse(CorpusCases.text(logEvent.get("message")));
                lines.add(eventLine(CorpusCases.text(record.get("id")), CorpusCases.text(record.get("type")),
                        CorpusCases.text(record.get("previous_event_id")), (JsonObject) record.get("details")));
            }
        }
        return lines;
    }

    private static List<String> historyEvents(ExecutionHistory history) {
        List<String> lines = new ArrayList<>();
        for (ExecutionHistory.HistoryEvent event : history.events()) {
            lines.add(eventLine(Integer.toString(event.id()), event.type().name(), Integer.toString(event.previousId()),
                    history.details(event)));
        }
        return lines;
    }

    private static String eventLine(String id, String type, String previousId, JsonObject details) {
        StringBuilder line = new StringBuilder(id).append(' ').append(type).append(" prev=").append(previousId);
        for (String member : SHOWN_DETAILS) {
            Json value = details.get(member);
            if (value != null) {
                line.append(' ').append(member).append('=')
                        .append(value instanceof JsonString ? ((JsonString) value).value() : value.toString());
            }
        }
        return line.toString();
    }
}
