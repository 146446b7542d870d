package io.expresso.http.ops;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.uuid.RandomUuids;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.http.api.Members;
import io.expresso.http.api.OperationTable;
import io.expresso.http.teststate.StateTester;
import io.expresso.http.teststate.StateUnderTest;
import io.expresso.runtime.Arns;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.asl.MapState;
import io.expresso.runtime.asl.ParallelState;
import io.expresso.runtime.asl.State;
import io.expresso.runtime.asl.StateType;
import io.expresso.runtime.asl.TaskState;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/**
 * TestState (docs/semantics/http-api.md#teststate): the request's members checked as AWS checks
 * them, then {@link StateTester}.
 */
public final class TestStateOperations {

    private static final List<String> LEVELS = Stream.of(StateTester.Level.values()).map(Enum::name).toList();
    private static final List<String> FIELD_VALIDATION = List.of("STRICT", "PRESENT", "NONE");
    /** The states AWS refuses a mock for (recorded). */
    private static final List<StateType> UNMOCKABLE = List.of(StateType.PASS, StateType.SUCCEED, StateType.FAIL, StateType.CHOICE,
            StateType.WAIT);

    private final Expresso expresso;
    private final StateTester tester;

    public TestStateOperations(Backend backend) {
        this.expresso = backend.expresso();
        this.tester = new StateTester(expresso);
    }

    /** Registers this group's operations. */
    public void register(OperationTable table) {
        table.add("TestState", this::test);
    }

    CompletionStage<JsonObject> test(Members in) {
        String definition = in.requiredSensitiveString("definition", 1, StateMachineOperations.MAX_DEFINITION);
        String roleArn = in.optionalString("roleArn", 1, 256);
        String inputText = in.string("input");
        String level = in.enumValue("inspectionLevel", LEVELS);
        boolean revealSecrets = in.bool("revealSecrets", false);
        String variablesText = in.string("variables");
        String stateName = in.optionalString("stateName", 1, 80);
        JsonObject mockMembers = in.object("mock");
        String contextText = in.string("context");
        JsonObject configuration = in.object("stateConfiguration");
        in.check();
        StateUnderTest state = StateUnderTest.of(definition, stateName);
        StateTester.Mock mock = mockMembers == null ? null : mock(new Members(mockMembers), state, revealSecrets);
        if (contextText != null && mock == null) {
            throw ApiException.refused("The context field can only be specified together with a mock");
        }
        if (mock == null) {
            requireRunnable(state, roleArn);
        }
        Json input = ExecutionInput.parse(inputText == null ? "{}" : inputText);
        String role = roleArn != null ? roleArn : Arns.role(expresso.config().accountId(), "TestState");
        JsonObject context = contextText != null ? givenContext(contextText, state)
                : context(state, input, role, retryCount(configuration));
        JsonObject variables = variablesText == null ? JsonObject.EMPTY : object("variables", variablesText);
        return tester.test(new StateTester.Request(state, input, mock, context, variables, role, retryCount(configuration),
                level == null ? StateTester.Level.INFO : StateTester.Level.valueOf(level), revealSecrets));
    }

    private static StateTester.Mock mock(Members members, StateUnderTest state, boolean revealSecrets) {
        String result = members.string("result");
        JsonObject errorOutput = members.object("errorOutput");
        members.enumValue("fieldValidationMode", FIELD_VALIDATION);
        members.check();
        if (revealSecrets) {
            throw ApiException.refused("TestState does not support RevealSecrets when a mock is specified.");
        }
        if (UNMOCKABLE.contains(state.model().type())) {
            throw ApiException.refused("State type '" + state.model().type().fieldValue() + "' is not supported when a mock is specified");
        }
        if ((result == null) == (errorOutput == null)) {
            throw ApiException.refused("A test mock should have only one of the following fields: [result, errorOutput].");
        }
        if (result != null) {
            return new StateTester.Mock(mockedResult(result, state), null);
        }
        Members error = new Members(errorOutput);
        String name = error.optionalString("error", 0, 256);
        String cause = error.optionalSensitiveString("cause", 0, 32_768);
        error.check();
        return new StateTester.Mock(null, AslError.of(name == null ? "" : name, cause));
    }

    /**
     * Parses a mocked result and checks it stands for what the state would produce: a Map's
     * iterations and a Parallel's branches give an array, one item per branch. Without the
     * service integrations' API models, a Task's result is only checked to be JSON.
     */
    private static Json mockedResult(String text, StateUnderTest state) {
        Json result;
        try {
            result = JsonParser.parse(text);
        } catch (JsonParseException e) {
            throw ApiException.refused("Mocked result must be valid JSON");
        }
        State model = state.model();
        if ((model instanceof MapState || model instanceof ParallelState) && !(result instanceof JsonArray)) {
            throw ApiException.refused("Mocked result must be an array.");
        }
        if (model instanceof ParallelState parallel && ((JsonArray) result).size() != parallel.branches().size()) {
            throw ApiException.refused("Mocked result must contain the same number of items as number of Parallel branches.");
        }
        return result;
    }

    /**
     * The context object the request gives. Only a Task that waits for a callback or a job
     * ({@code .waitForTaskToken}, {@code .sync}) has {@code $$.Task}, so AWS refuses one for any other state.
     */
    private static JsonObject givenContext(String text, StateUnderTest state) {
        JsonObject context = object("context", text);
        if (context.get("Task") != null && !(state.model() instanceof TaskState task && waits(task.resource()))) {
            throw ApiException.refused("Invalid Context object provided: Context object contains 'Task' when state is not"
                    + " a Task state with a '.sync' or '.waitForTaskToken' service integration pattern");
        }
        return context;
    }

    /** @return whether a Task of {@code resource} waits for a job ({@code .sync}, {@code .sync:2}) or a task token */
    private static boolean waits(String resource) {
        return resource.endsWith(".waitForTaskToken") || resource.endsWith(".sync") || resource.contains(".sync:");
    }

    /**
     * Without a mock, a Task needs a role and Map and Parallel cannot run alone
     * (docs/semantics/http-api.md#teststate).
     */
    private static void requireRunnable(StateUnderTest state, String roleArn) {
        StateType type = state.model().type();
        if (type == StateType.TASK && roleArn == null) {
            throw ApiException.refused("RoleArn must be specified when testing a Task state");
        }
        if (type == StateType.MAP || type == StateType.PARALLEL) {
            throw new ApiException(ErrorType.INVALID_DEFINITION, "TestState API does not support Map or Parallel states."
                    + " Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]");
        }
    }

    private static int retryCount(JsonObject configuration) {
        if (configuration == null) {
            return 0;
        }
        Members members = new Members(configuration);
        int count = members.integer("retrierRetryCount", 0, Integer.MAX_VALUE, 0);
        members.check();
        return count;
    }

    private static JsonObject object(String member, String text) {
        try {
            if (JsonParser.parse(text) instanceof JsonObject object) {
                return object;
            }
        } catch (JsonParseException e) {
            throw ApiException.refused("The " + member + " field is not valid JSON: " + e.getMessage());
        }
        throw ApiException.refused("The " + member + " field must be a JSON object");
    }

    /**
     * The context object of the synthetic execution TestState runs the state in, with an
     * {@code express:} ARN (docs/semantics/http-api.md#teststate).
     */
    private JsonObject context(StateUnderTest state, Json input, String roleArn, int retryCount) {
        String now = Instant.now().toString();
        String machineArn = Arns.stateMachine(expresso.config().region(), expresso.config().accountId(), "TestState");
        String executionName = RandomUuids.unique();
        JsonObject execution = JsonObject.builder(5)
                .add("Id", JsonString.of(Arns.expressExecution(machineArn, executionName)))
                .add("Input", input)
                .add("Name", JsonString.of(executionName))
                .add("RoleArn", JsonString.of(roleArn))
                .add("StartTime", JsonString.of(now))
                .build();
        JsonObject stateContext = JsonObject.builder(3)
                .add("EnteredTime", JsonString.of(now))
                .add("Name", JsonString.of(state.name()))
                .add("RetryCount", JsonNumber.of(retryCount))
                .build();
        JsonObject machine = JsonObject.builder(2)
                .add("Id", JsonString.of(machineArn))
                .add("Name", JsonString.of("TestState"))
                .build();
        return JsonObject.builder(3).add("Execution", execution).add("State", stateContext).add("StateMachine", machine).build();
    }
}
