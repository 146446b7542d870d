package io.expresso.http.teststate;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNull;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;
import io.expresso.codec.path.ResultPathWriter;
import io.expresso.codec.template.PayloadTemplate;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.asl.Catcher;
import io.expresso.runtime.asl.ChoiceState;
import io.expresso.runtime.asl.ErrorHandlingState;
import io.expresso.runtime.asl.MapState;
import io.expresso.runtime.asl.ParallelState;
import io.expresso.runtime.asl.PassState;
import io.expresso.runtime.asl.Retrier;
import io.expresso.runtime.asl.State;
import io.expresso.runtime.asl.SucceedState;
import io.expresso.runtime.asl.TaskState;
import io.expresso.runtime.asl.TransitionState;
import io.expresso.runtime.asl.WaitState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs one TestState request: the state's data flow step by step, recording each step for
 * {@code inspectionData}, and the decisions only the runtime makes through {@link Probes}.
 * A Wait state does not wait: TestState shows what the state does, not how long it takes.
 */
public final class StateTester {

    private final Expresso expresso;

    public StateTester(Expresso expresso) {
        this.expresso = expresso;
    }

    /**
     * What one TestState request asks for, checked.
     *
     * @param state      the state to run
     * @param input      its raw input
     * @param mock       the mocked result or error, or {@code null} to run the state for real
     * @param context    the context object its paths see
     * @param variables  the workflow variables its paths see
     * @param roleArn    the role the probes run under
     * @param retryCount how many retries have already happened ({@code stateConfiguration.retrierRetryCount})
     * @param level      how much to show
     * @param revealSecrets whether an HTTP Task's request is shown with what its connection adds (at TRACE)
     */
    public record Request(StateUnderTest state, Json input, Mock mock, JsonObject context, JsonObject variables,
                          String roleArn, int retryCount, Level level, boolean revealSecrets) {
    }

    /** TestState's {@code inspectionLevel}. */
    public enum Level {
        /** The outcome only. */
        INFO,
        /** And the value after each data-flow step, as {@code inspectionData}. */
        DEBUG,
        /** And, for an HTTP Task, the request it sent and the response it got. */
        TRACE
    }

    /**
     * A mocked outcome: either a result or an error.
     *
     * @param result the mocked result, or {@code null} for an error
     * @param error  the mocked error, or {@code null} for a result
     */
    public record Mock(Json result, AslError error) {
    }

    /** @return the reply members of TestState */
    public CompletionStage<JsonObject> test(Request request) {
        Inspection inspection = new Inspection(request.level() != Level.INFO);
        if (request.variables().size() > 0) {
            inspection.step("variables", request.variables());
        }
        inspection.step("input", request.input());
        Run run = new Run(request, inspection, new TestScope(request.context(), request.variables()),
                new Probes(expresso, request.roleArn()));
        return run.start().thenApply(outcome -> outcome.toReply(inspection.build()));
    }

    /** One request in progress. */
    private static final class Run {
        private final Request request;
        private final Inspection inspection;
        private final TestScope scope;
        private final Probes probes;

        Run(Request request, Inspection inspection, TestScope scope, Probes probes) {
            this.request = request;
            this.inspection = inspection;
            this.scope = scope;
            this.probes = probes;
        }

        CompletionStage<TestOutcome> start() {
            State state = request.state().model();
            if (state instanceof PassState pass) {
                return done(pass(pass));
            }
            if (state instanceof ChoiceState choice) {
                return choice(choice);
            }
            if (state instanceof WaitState wait) {
                return done(passThrough(wait.inputPath(), wait.outputPath(), wait.next()));
            }
            if (state instanceof SucceedState succeed) {
                return done(passThrough(succeed.inputPath(), succeed.outputPath(), null));
            }
            if (state instanceof ErrorHandlingState) {
                return withResult(state);
            }
            return probes.fail(request.state(), request.input()).thenApply(result -> TestOutcome.failed(result.error(), result.cause()));
        }

        private TestOutcome pass(PassState pass) {
            Json effective = inputPath(pass.inputPath(), request.input());
            if (effective == null) {
                return unhandled();
            }
            Json parameters = pass.parameters() == null ? effective : PayloadTemplate.compile(pass.parameters()).evaluate(effective, scope);
            inspection.step("afterParameters", parameters);
            Json result = pass.result() != null || parameters == null ? pass.result() : parameters;
            inspection.step("result", result);
            Json output = parameters == null ? null : finish(result, pass.resultPath(), pass.outputPath());
            return output == null ? unhandled() : TestOutcome.succeeded(output, pass.next());
        }

        private TestOutcome passThrough(String inputPath, String outputPath, String next) {
            Json effective = inputPath(inputPath, request.input());
            Json output = effective == null ? null : filter(outputPath, effective);
            return output == null ? unhandled() : TestOutcome.succeeded(output, next);
        }

        private CompletionStage<TestOutcome> choice(ChoiceState choice) {
            if (inputPath(choice.inputPath(), request.input()) == null) {
                return done(unhandled());
            }
            List<String> targets = new ArrayList<>(StateUnderTest.targets(request.state().json()));
            return probes.choice(request.state(), targets, request.input()).thenApply(result -> {
                Probes.Report report = Probes.report(result);
                return report == null ? TestOutcome.failed(result.error(), result.cause())
                        : TestOutcome.succeeded(report.output(), targets.get(report.index()));
            });
        }

        /** Task, Parallel, Map: the result comes from the mock or the resource, then goes through the result steps. */
        private CompletionStage<TestOutcome> withResult(State state) {
            Json effective = inputPath(inputPath(state), request.input());
            Json parametersTemplate = parameters(state);
            Json parameters = parametersTemplate == null || effective == null ? effective
                    : PayloadTemplate.compile(parametersTemplate).evaluate(effective, scope);
            if (parametersTemplate != null) {
                inspection.step("afterParameters", parameters);
            }
            if (parameters == null) {
                return handle(scope.takeFailure());
            }
            Mock mock = request.mock();
            if (mock != null) {
                return mock.result() != null ? result(state, mock.result()) : handle(mock.error());
            }
            HttpTrace trace = request.level() == Level.TRACE ? new HttpTrace(request.revealSecrets()) : null;
            return probes.invoke(request.state(), parameters, trace).thenCompose(run -> {
                if (trace != null) {
                    trace.addTo(inspection);
                }
                return run.status() == ExecutionStatus.SUCCEEDED
                        ? result(state, run.output())
                        : handle(AslError.of(run.error() == null ? "" : run.error(), run.cause()));
            });
        }

        /** ResultSelector, ResultPath, OutputPath; a failure among them meets the state's retriers and catchers. */
        private CompletionStage<TestOutcome> result(State state, Json result) {
            inspection.step("result", result);
            JsonObject selectorTemplate = resultSelector(state);
            Json selected = selectorTemplate == null ? result : PayloadTemplate.compile(selectorTemplate).evaluate(result, scope);
            if (selectorTemplate != null) {
                inspection.step("afterResultSelector", selected);
            }
            Json output = selected == null ? null : finish(selected, resultPath(state), outputPath(state));
            return output == null ? handle(scope.takeFailure()) : done(TestOutcome.succeeded(output, ((TransitionState) state).next()));
        }

        /** ResultPath then OutputPath; {@code null} after a failure recorded in the scope. */
        private Json finish(Json result, String resultPath, String outputPath) {
            Json placed = ResultPathWriter.compile(resultPath).write(request.input(), result, scope);
            inspection.step("afterResultPath", placed);
            return placed == null ? null : filter(outputPath, placed);
        }

        /**
         * Matches an error as the runtime would: the first retrier whose ErrorEquals matches decides
         * whether the state would be retried; if not, the first matching catcher decides where it goes.
         */
        private CompletionStage<TestOutcome> handle(AslError error) {
            ErrorHandlingState state = (ErrorHandlingState) request.state().model();
            List<JsonObject> retriers = new ArrayList<>();
            for (Retrier retrier : state.retry()) {
                retriers.add(JsonObject.builder(3)
                        .add("ErrorEquals", JsonArray.of(retrier.errorEquals().stream().map(JsonString::of).toList()))
                        .add("ResultPath", JsonNull.NULL)
                        .build());
            }
            return probes.route(error, retriers, request.input()).thenCompose(matched -> {
                Probes.Report retry = Probes.report(matched);
                if (retry != null && request.retryCount() < state.retry().get(retry.index()).maxAttempts()) {
                    inspection.retry(retry.index(), backoffSeconds(state.retry().get(retry.index())));
                    return done(new TestOutcome(TestOutcome.Status.RETRIABLE, null, error.name(), error.cause(), null));
                }
                return catchers(error);
            });
        }

        private CompletionStage<TestOutcome> catchers(AslError error) {
            List<JsonObject> catchers = new ArrayList<>();
            if (request.state().json().get("Catch") instanceof JsonArray declared) {
                for (Json catcher : declared.asList()) {
                    catchers.add((JsonObject) catcher);
                }
            }
            List<Catcher> models = ((ErrorHandlingState) request.state().model()).catchers();
            return probes.route(error, catchers, request.input()).thenApply(routed -> {
                Probes.Report caught = Probes.report(routed);
                if (caught == null) {
                    return TestOutcome.failed(error.name(), error.cause());
                }
                inspection.caught(caught.index());
                return new TestOutcome(TestOutcome.Status.CAUGHT_ERROR, caught.output(), error.name(), error.cause(),
                        models.get(caught.index()).next());
            });
        }

        private long backoffSeconds(Retrier retrier) {
            double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), request.retryCount());
            if (retrier.maxDelaySeconds() != null) {
                seconds = Math.min(seconds, retrier.maxDelaySeconds());
            }
            return (long) Math.ceil(seconds);
        }

        /** InputPath, recorded as {@code afterInputPath}; {@code null} after a failure recorded in the scope. */
        private Json inputPath(String path, Json input) {
            Json effective = filter(path, input);
            inspection.step("afterInputPath", effective);
            return effective;
        }

        /** InputPath and OutputPath as the runtime reads them: absent is {@code $}, JSON null is {@code {}}. */
        private Json filter(String path, Json value) {
            if (path == null) {
                return JsonObject.EMPTY;
            }
            if ("$".equals(path)) {
                return value;
            }
            PathExpression expression = PathExpression.compile(path);
            Json selected = expression.evaluate(value, scope);
            return selected != null ? selected : scope.fail(AslError.runtime(expression.invalidPathCause(value, scope)));
        }

        /** A failure of the data flow itself (States.Runtime and its kin), which no retrier or catcher of a Pass, Wait or Choice sees. */
        private TestOutcome unhandled() {
            AslError failure = scope.takeFailure();
            return TestOutcome.failed(failure.name(), failure.cause());
        }

        private static CompletionStage<TestOutcome> done(TestOutcome outcome) {
            return CompletableFuture.completedFuture(outcome);
        }

        private static String inputPath(State state) {
            if (state instanceof TaskState task) {
                return task.inputPath();
            }
            return state instanceof ParallelState parallel ? parallel.inputPath() : ((MapState) state).inputPath();
        }

        private static String outputPath(State state) {
            if (state instanceof TaskState task) {
                return task.outputPath();
            }
            return state instanceof ParallelState parallel ? parallel.outputPath() : ((MapState) state).outputPath();
        }

        private static String resultPath(State state) {
            if (state instanceof TaskState task) {
                return task.resultPath();
            }
            return state instanceof ParallelState parallel ? parallel.resultPath() : ((MapState) state).resultPath();
        }

        private static Json parameters(State state) {
            if (state instanceof TaskState task) {
                return task.parameters();
            }
            return state instanceof ParallelState parallel ? parallel.parameters() : null;
        }

        private static JsonObject resultSelector(State state) {
            if (state instanceof TaskState task) {
                return task.resultSelector();
            }
            return state instanceof ParallelState parallel ? parallel.resultSelector() : ((MapState) state).resultSelector();
        }
    }
}
