package io.expresso.runtime.mock;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loaded MockConfigFile in Step Functions Local's format (docs/semantics/mocks.md#the-file), checked strictly at
 * load: test cases by state machine name, each mapping Task state names to mocked responses.
 * Immutable once loaded, so every event loop reads it without coordination.
 */
public final class MockConfig {

    private static final Pattern SELECTOR = Pattern.compile("(\\d+)(?:-(\\d+))?");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Invocation numbers past this are refused: a range that large is a typo, not a test. */
    private static final long MAX_INVOCATION = 100_000;

    private final String source;
    /** Machine name → test case name → state name → response. */
    private final Map<String, Map<String, Map<String, MockedResponse>>> machines;

    private MockConfig(String source, Map<String, Map<String, Map<String, MockedResponse>>> machines) {
        this.source = source;
        this.machines = machines;
    }

    /**
     * Reads and checks a MockConfigFile.
     *
     * @throws MockConfigException naming the file and the exact place of the first problem
     */
    public static MockConfig load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MockConfigException("Cannot read the mock config file " + file + ": " + e);
        }
        return parse(bytes, file.toString());
    }

    /**
     * Checks a MockConfigFile's content.
     *
     * @param source what to call the content in messages (its file name)
     * @throws MockConfigException naming {@code source} and the exact place of the first problem
     */
    public static MockConfig parse(byte[] content, String source) {
        Json root;
        try {
            root = JsonParser.parse(content);
        } catch (JsonParseException e) {
            throw new MockConfigException(source + ":" + e.lineAndColumn(content) + ": not valid JSON: " + e.getMessage());
        }
        return new Reader(source).read(root);
    }

    /** @return where the configuration came from */
    public String source() {
        return source;
    }

    /**
     * @return state name → mocked response of one test case, or {@code null} when the file has no
     *     such test case for that machine
     */
    public Map<String, MockedResponse> testCase(String machineName, String testCase) {
        Map<String, Map<String, MockedResponse>> cases = machines.get(machineName);
        return cases == null ? null : cases.get(testCase);
    }

    /** Walks the parsed file, keeping the JSON path of where it is for messages. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        MockConfig read(Json root) {
            JsonObject top = object(root, "$");
            JsonObject machinesJson = object(required(top, "StateMachines", "$"), "$.StateMachines");
            JsonObject responsesJson = object(required(top, "MockedResponses", "$"), "$.MockedResponses");
            Map<String, MockedResponse> responses = new HashMap<>();
            for (int i = 0; i < responsesJson.size(); i++) {
                String name = responsesJson.keyAt(i);
                responses.put(name, response(name, responsesJson.valueAt(i), member("$.MockedResponses", name)));
            }
            Map<String, Map<String, Map<String, MockedResponse>>> machines = new HashMap<>();
            for (int i = 0; i < machinesJson.size(); i++) {
                String machine = machinesJson.keyAt(i);
                String at = member("$.StateMachines", machine);
                machines.put(machine, testCases(object(machinesJson.valueAt(i), at), at, responses));
            }
            return new MockConfig(source, machines);
        }

        private Map<String, Map<String, MockedResponse>> testCases(JsonObject machine, String at,
                Map<String, MockedResponse> responses) {
            onlyMembers(machine, at, "TestCases");
            String casesAt = at + ".TestCases";
            JsonObject cases = object(required(machine, "TestCases", at), casesAt);
            Map<String, Map<String, MockedResponse>> byName = new HashMap<>();
            for (int i = 0; i < cases.size(); i++) {
                String caseAt = member(casesAt, cases.keyAt(i));
                JsonObject states = object(cases.valueAt(i), caseAt);
                Map<String, MockedResponse> byState = new HashMap<>();
                for (int s = 0; s < states.size(); s++) {
                    String stateAt = member(caseAt, states.keyAt(s));
                    String responseName = string(states.valueAt(s), stateAt);
                    MockedResponse response = responses.get(responseName);
                    if (response == null) {
                        throw problem(stateAt, "names the mocked response '" + responseName
                                + "', which $.MockedResponses does not define");
                    }
                    byState.put(states.keyAt(s), response);
                }
                byName.put(cases.keyAt(i), Map.copyOf(byState));
            }
            return Map.copyOf(byName);
        }

        private MockedResponse response(String name, Json value, String at) {
            JsonObject selectors = object(value, at);
            if (selectors.isEmpty()) {
                throw problem(at, "has no invocations; give at least \"0\"");
            }
            MockOutcome[] outcomes = new MockOutcome[0];
            for (int i = 0; i < selectors.size(); i++) {
                String selector = selectors.keyAt(i);
                String selectorAt = member(at, selector);
                Matcher m = SELECTOR.matcher(selector);
                if (!m.matches()) {
                    throw problem(selectorAt, "is not an invocation number (\"0\") or an inclusive range (\"1-2\")");
                }
                long from = Long.parseLong(m.group(1));
                long to = m.group(2) == null ? from : Long.parseLong(m.group(2));
                if (to < from || to > MAX_INVOCATION) {
                    throw problem(selectorAt, to < from ? "is a range that ends before it starts"
                            : "goes past invocation " + MAX_INVOCATION);
                }
                MockOutcome outcome = outcome(selectors.valueAt(i), selectorAt);
                if (outcomes.length <= to) {
                    outcomes = Arrays.copyOf(outcomes, (int) to + 1);
                }
                for (int n = (int) from; n <= to; n++) {
                    if (outcomes[n] != null) {
                        throw problem(selectorAt, "overlaps another entry at invocation " + n);
                    }
                    outcomes[n] = outcome;
                }
            }
            for (int n = 0; n < outcomes.length; n++) {
                if (outcomes[n] == null) {
                    throw problem(at, "skips invocation " + n + "; invocations are numbered consecutively from 0");
                }
            }
            return new MockedResponse(name, outcomes);
        }

        private MockOutcome outcome(Json value, String at) {
            JsonObject entry = object(value, at);
            onlyMembers(entry, at, "Return", "Throw", "Delay");
            Json returned = entry.get("Return");
            Json thrown = entry.get("Throw");
            if ((returned == null) == (thrown == null)) {
                throw problem(at, "must have exactly one of \"Return\" or \"Throw\"");
            }
            long delay = delay(entry.get("Delay"), at + ".Delay");
            if (returned != null) {
                return MockOutcome.returning(returned, delay);
            }
            String throwAt = at + ".Throw";
            JsonObject error = object(thrown, throwAt);
            onlyMembers(error, throwAt, "Error", "Cause");
            return MockOutcome.throwing(string(required(error, "Error", throwAt), throwAt + ".Error"),
                    string(required(error, "Cause", throwAt), throwAt + ".Cause"), delay);
        }

        private long delay(Json value, String at) {
            if (value == null) {
                return 0;
            }
            if (!(value instanceof JsonNumber) || !((JsonNumber) value).isLong() || ((JsonNumber) value).longValue() < 0
                    || ((JsonNumber) value).longValue() > 300_000) {
                throw problem(at, "must be a whole number of milliseconds from 0 to 300000");
            }
            return ((JsonNumber) value).longValue();
        }

        private JsonObject object(Json value, String at) {
            if (!(value instanceof JsonObject)) {
                throw problem(at, "must be an object, was " + kind(value));
            }
            return (JsonObject) value;
        }

        private String string(Json value, String at) {
            if (!(value instanceof JsonString)) {
                throw problem(at, "must be a string, was " + kind(value));
            }
            return ((JsonString) value).value();
        }

        private Json required(JsonObject object, String key, String at) {
            Json value = object.get(key);
            if (value == null) {
                throw problem(at, "is missing the required member \"" + key + "\"");
            }
            return value;
        }

        private void onlyMembers(JsonObject object, String at, String... allowed) {
            for (int i = 0; i < object.size(); i++) {
                if (!Arrays.asList(allowed).contains(object.keyAt(i))) {
                    throw problem(member(at, object.keyAt(i)), "is not allowed here; expected "
                            + String.join(" or ", allowed));
                }
            }
        }

        private MockConfigException problem(String at, String message) {
            return new MockConfigException(source + ": " + at + " " + message);
        }

        private static String kind(Json value) {
            return value.kind().name().toLowerCase(Locale.ROOT);
        }

        private static String member(String at, String key) {
            return PLAIN_NAME.matcher(key).matches() ? at + "." + key
                    : at + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
    }
}
