package io.expresso.http.teststate;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.asl.InvalidDefinitionException;
import io.expresso.runtime.compile.UnboundResourceException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Small machines that the runtime compiles and runs to decide what only it should decide: where
 * a Choice goes, what a Fail state raises, what a Task's resource returns, and which retrier or
 * catcher an error meets. A probe ends in a "report" Pass state whose output names the way taken.
 */
final class Probes {

    private static final String PROBE_MACHINE = "TestState";
    private static final String REPORT = "ExpressoProbeReport";
    /** The members a Task probe drops: the tester applies them itself, step by step. */
    private static final Set<String> DATA_FLOW = Set.of("InputPath", "Parameters", "ResultSelector", "ResultPath", "OutputPath",
            "Retry", "Catch", "Next", "End", "Comment");

    private final Expresso expresso;
    private final String roleArn;

    Probes(Expresso expresso, String roleArn) {
        this.expresso = expresso;
        this.roleArn = roleArn;
    }

    /** Where a report state led: the index it was given, and the output it received. */
    record Report(int index, Json output) {
    }

    /** Runs a Choice state whose targets are report states; a report's index is the target's position in {@code targets}. */
    CompletionStage<ExecutionResult> choice(StateUnderTest state, List<String> targets, Json input) {
        JsonObject json = state.json();
        if (json.get("Choices") instanceof JsonArray rules) {
            JsonArray.Builder rewritten = new JsonArray.Builder(rules.size());
            for (Json rule : rules.asList()) {
                JsonObject object = (JsonObject) rule;
                rewritten.add(object.with("Next", JsonString.of(reportName(targets.indexOf(text(object.get("Next")))))));
            }
            json = json.with("Choices", rewritten.build());
        }
        if (json.get("Default") instanceof JsonString target) {
            json = json.with("Default", JsonString.of(reportName(targets.indexOf(target.value()))));
        }
        return run(state.name(), json, targets.size(), input);
    }

    /** Runs a Fail state as the only state. */
    CompletionStage<ExecutionResult> fail(StateUnderTest state, Json input) {
        return run(state.name(), state.json(), 0, input);
    }

    /**
     * Runs a Task state's resource alone, on the effective input the tester computed. A state
     * with {@code Parameters} keeps some that hand each evaluated member through unchanged: the
     * validator requires literal members of some resources (an HTTP Task's {@code ApiEndpoint} and
     * {@code Method}), while the values must stay the tester's, evaluated with the test's context
     * and variables.
     *
     * @param trace sees the HTTP exchange of an HTTP Task, or {@code null}
     */
    CompletionStage<ExecutionResult> invoke(StateUnderTest state, Json effectiveInput, HttpTrace trace) {
        JsonObject json = state.json();
        JsonObject.Builder task = JsonObject.builder(json.size());
        for (int i = 0; i < json.size(); i++) {
            if (!DATA_FLOW.contains(json.keyAt(i))) {
                task.add(json.keyAt(i), json.valueAt(i));
            }
        }
        if (json.get("Parameters") != null && effectiveInput instanceof JsonObject evaluated) {
            task.add("Parameters", passThrough(evaluated));
        }
        task.add("End", JsonBoolean.TRUE);
        return run(state.name(), task.build(), 0, effectiveInput, trace);
    }

    /**
     * Raises {@code error} inside a Parallel state that carries {@code handlers} as its Catch, each
     * handler's {@code Next} replaced by a report state: the run shows which handler matched first
     * and, for a catcher, the output its ResultPath makes from {@code rawInput}.
     */
    CompletionStage<ExecutionResult> route(AslError error, List<JsonObject> handlers, Json rawInput) {
        JsonObject.Builder fail = JsonObject.builder(3).add("Type", JsonString.of("Fail"));
        if (!error.name().isEmpty()) {
            fail.add("Error", JsonString.of(error.name()));
        }
        if (error.cause() != null) {
            fail.add("Cause", JsonString.of(error.cause()));
        }
        JsonArray.Builder catchers = new JsonArray.Builder(handlers.size());
        for (int i = 0; i < handlers.size(); i++) {
            catchers.add(handlers.get(i).with("Next", JsonString.of(reportName(i))));
        }
        JsonObject branch = JsonObject.builder(2)
                .add("StartAt", JsonString.of("Raise"))
                .add("States", JsonObject.of("Raise", fail.build()))
                .build();
        JsonObject parallel = JsonObject.builder(4)
                .add("Type", JsonString.of("Parallel"))
                .add("Branches", JsonArray.of(branch))
                .add("Catch", catchers.build())
                .add("End", JsonBoolean.TRUE)
                .build();
        return run("Handle", parallel, handlers.size(), rawInput);
    }

    /** @return a template that selects each member of {@code evaluated} from an input that is {@code evaluated} */
    private static JsonObject passThrough(JsonObject evaluated) {
        JsonObject.Builder template = JsonObject.builder(evaluated.size());
        for (int i = 0; i < evaluated.size(); i++) {
            String name = evaluated.keyAt(i);
            // A quoted name is taken literally up to its closing quote: pick the quote the name lacks.
            char quote = name.indexOf('\'') < 0 ? '\'' : '"';
            template.add(name + ".$", JsonString.of("$[" + quote + name + quote + "]"));
        }
        return template.build();
    }

    /** @return the report a probe ended in, or {@code null} when it ended elsewhere */
    static Report report(ExecutionResult result) {
        if (result.output() instanceof JsonObject reported && reported.get(REPORT) instanceof JsonNumber index) {
            return new Report((int) index.longValue(), reported.get("output"));
        }
        return null;
    }

    private CompletionStage<ExecutionResult> run(String name, JsonObject state, int reports, Json input) {
        return run(name, state, reports, input, null);
    }

    private CompletionStage<ExecutionResult> run(String name, JsonObject state, int reports, Json input, HttpTrace trace) {
        JsonObject.Builder states = JsonObject.builder(reports + 1).add(name, state);
        for (int i = 0; i < reports; i++) {
            JsonObject parameters = JsonObject.builder(2)
                    .add(REPORT, JsonNumber.of(i))
                    .add("output.$", JsonString.of("$"))
                    .build();
            states.add(reportName(i), JsonObject.builder(3)
                    .add("Type", JsonString.of("Pass"))
                    .add("Parameters", parameters)
                    .add("End", JsonBoolean.TRUE)
                    .build());
        }
        JsonObject machine = JsonObject.builder(2)
                .add("StartAt", JsonString.of(name))
                .add("States", states.build())
                .build();
        StateMachine probe = deploy(JsonSerializer.toCompactString(machine));
        // Each call deploys a machine of its own states: undeploying it when it ends keeps their
        // metrics from piling up, whatever names callers give their states.
        return expresso.execute(probe, input, trace).whenComplete((result, failure) -> expresso.undeploy(probe));
    }

    private StateMachine deploy(String definition) {
        try {
            return expresso.deploy(PROBE_MACHINE, definition, roleArn);
        } catch (InvalidDefinitionException invalid) {
            throw new ApiException(ErrorType.INVALID_DEFINITION, invalid.getMessage());
        } catch (UnboundResourceException unbound) {
            throw new ApiException(ErrorType.INVALID_DEFINITION, "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: "
                    + "The resource provided " + unbound.resource() + " is not recognized. at /Resource'");
        }
    }

    private static String reportName(int index) {
        return REPORT + index;
    }

    private static String text(Json value) {
        return value instanceof JsonString text ? text.value() : null;
    }
}
