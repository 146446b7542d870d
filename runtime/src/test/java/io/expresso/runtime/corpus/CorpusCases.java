package io.expresso.runtime.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNull;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.task.TaskHandlers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * The cases of the execution corpus and the outcome each expects, for every runner of the corpus:
 * the embedded one ({@link ExecutionCorpusTest}) and the one over the Step Functions API in
 * http-front. The file format is described on {@link ExecutionCorpusTest}.
 */
public final class CorpusCases {

    /** The corpus folder, from the runtime module's own folder. */
    public static final String EXECUTIONS = "src/test/resources/corpus/executions";
    /** Every case deploys under this name and runs under {@link #EXECUTION}, so {@code $$} is predictable. */
    public static final String MACHINE = "corpus";
    public static final String EXECUTION = "run-1";
    private static final String ANY = "<any>";

    private CorpusCases() {
    }

    /** One case: its place in the corpus and its definition, input, scripts and expectations. */
    public record Case(String name, JsonObject body) {

        public Json definition() {
            return body.get("definition");
        }

        public Json input() {
            return body.get("input") == null ? JsonObject.EMPTY : body.get("input");
        }

        /** @return whether the case checks its log records or history, not only its outcome */
        public boolean listsEvents() {
            return body.get("events") != null;
        }

        /** @return whether the case is started asynchronously, which shows in {@code $$} */
        public boolean async() {
            return body.get("async") == JsonBoolean.TRUE;
        }

        public ExecutionStatus expectedStatus() {
            Json status = body.get("status");
            return status == null ? ExecutionStatus.SUCCEEDED : ExecutionStatus.valueOf(text(status));
        }

        /** Binds the case's scripted task handlers, replacing those of earlier cases under the same names. */
        public void bindTasks(TaskHandlers handlers, Executor elsewhere) {
            Json tasks = body.get("tasks");
            if (tasks instanceof JsonObject) {
                JsonObject scripts = (JsonObject) tasks;
                for (int i = 0; i < scripts.size(); i++) {
                    handlers.register(scripts.keyAt(i), new ScriptedHandler((JsonArray) scripts.valueAt(i), elsewhere));
                }
            }
        }

        /** Asserts that an execution of this case ended as the case expects. */
        public void check(ExecutionStatus status, Json output, String error, String cause, String description) {
            ExecutionStatus expected = expectedStatus();
            assertEquals(expected, status, description);
            if (expected == ExecutionStatus.SUCCEEDED) {
                checkOutput(body, output);
            } else {
                assertEquals(text(body.get("error")), error, "error");
                assertEquals(text(body.get("cause")), cause, "cause");
            }
        }
    }

    /** @return every case of every file in {@code folder}, in file order */
    public static List<Case> load(Path folder) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            // The directory also holds a README on where the pinned event chains come from.
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                for (Json value : ((JsonArray) JsonParser.parse(Files.readAllBytes(file))).asList()) {
                    JsonObject testCase = (JsonObject) value;
                    cases.add(new Case(file.getFileName() + ": " + text(testCase.get("name")), testCase));
                }
            }
        }
        return cases;
    }

    private static void checkOutput(JsonObject testCase, Json output) {
        Json text = testCase.get("outputText");
        if (text != null) {
            assertEquals(text(text), output.toString(), "output text");
        }
        Json expected = testCase.get("output");
        if (expected != null) {
            boolean keyOrder = testCase.get("keyOrder") == JsonBoolean.TRUE;
            assertTrue(matches(expected, output, keyOrder), () -> "expected " + expected + " but was " + output);
        }
    }

    private static boolean matches(Json expected, Json actual, boolean keyOrder) {
        if (expected instanceof JsonString && ANY.equals(((JsonString) expected).value())) {
            return actual != null;
        }
        if (expected instanceof JsonObject && actual instanceof JsonObject) {
            JsonObject want = (JsonObject) expected;
            JsonObject have = (JsonObject) actual;
            if (want.size() != have.size()) {
                return false;
            }
            for (int i = 0; i < want.size(); i++) {
                String key = want.keyAt(i);
                if (keyOrder && !key.equals(have.keyAt(i)) || !matches(want.valueAt(i), have.get(key), keyOrder)) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof JsonArray && actual instanceof JsonArray) {
            JsonArray want = (JsonArray) expected;
            JsonArray have = (JsonArray) actual;
            if (want.size() != have.size()) {
                return false;
            }
            for (int i = 0; i < want.size(); i++) {
                if (!matches(want.get(i), have.get(i), keyOrder)) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    /** @return the string, or {@code null} for an absent or JSON {@code null} value */
    public static String text(Json value) {
        return value == null || value == JsonNull.NULL ? null : ((JsonString) value).value();
    }
}
