package io.expresso.http.teststate;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.asl.InvalidDefinitionException;
import io.expresso.runtime.compile.UnboundResourceException;
import io.expresso.runtime.exec.StateProbe;
import io.expresso.runtime.mock.MockOutcome;
import java.util.concurrent.CompletionStage;

/**
 * Runs one TestState request: the state is compiled as the only state of a small machine and run
 * by the runtime as a {@link StateProbe}, through the same nodes as every execution, which report
 * each data-flow step to the request's {@link Inspection}.
 */
public final class StateTester {

    /** The name of the machine a probe's state is compiled in. */
    private static final String PROBE_MACHINE = "TestState";

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
     * @param roleArn    the role the state runs under
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

        MockOutcome outcome() {
            return result != null ? MockOutcome.returning(result, 0) : MockOutcome.throwing(error.name(), error.cause(), 0);
        }
    }

    /** @return the reply members of TestState */
    public CompletionStage<JsonObject> test(Request request) {
        Inspection inspection = request.level() == Level.INFO ? null
                : new Inspection(request.state().model(), request.input(), request.variables());
        HttpTrace trace = request.level() == Level.TRACE ? new HttpTrace(request.revealSecrets()) : null;
        StateProbe probe = new StateProbe(inspection, request.mock() == null ? null : request.mock().outcome(),
                request.retryCount(), request.context(), request.variables(), trace);
        StateMachine machine = deploy(request);
        // Each request deploys a machine of its own: undeploying it when its probe ends keeps its
        // metrics from piling up, whatever names callers give their states.
        return expresso.probe(machine, request.input(), probe)
                .whenComplete((result, failure) -> expresso.undeploy(machine))
                .thenApply(result -> {
                    if (trace != null) {
                        trace.addTo(inspection);
                    }
                    return outcome(result, probe).toReply(inspection == null ? null : inspection.build(probe));
                });
    }

    private static TestOutcome outcome(ExecutionResult result, StateProbe probe) {
        if (result.status() == ExecutionStatus.SUCCEEDED) {
            AslError caught = probe.caughtError();
            return caught == null ? TestOutcome.succeeded(result.output(), probe.nextState())
                    : new TestOutcome(TestOutcome.Status.CAUGHT_ERROR, result.output(), caught.name(), caught.cause(),
                            probe.nextState());
        }
        TestOutcome.Status status = probe.retryIndex() >= 0 ? TestOutcome.Status.RETRIABLE : TestOutcome.Status.FAILED;
        return new TestOutcome(status, null, result.error(), result.cause(), null);
    }

    private StateMachine deploy(Request request) {
        try {
            return expresso.deployProbe(PROBE_MACHINE, request.state().probeDefinition(), request.roleArn(),
                    request.mock() != null);
        } catch (InvalidDefinitionException invalid) {
            throw new ApiException(ErrorType.INVALID_DEFINITION, invalid.getMessage());
        } catch (UnboundResourceException unbound) {
            throw new ApiException(ErrorType.INVALID_DEFINITION, "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: "
                    + "The resource provided " + unbound.resource() + " is not recognized. at /Resource'");
        }
    }
}
