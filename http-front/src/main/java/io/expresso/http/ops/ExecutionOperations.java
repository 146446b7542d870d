package io.expresso.http.ops;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.uuid.RandomUuids;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.EpochSeconds;
import io.expresso.http.api.ErrorType;
import io.expresso.http.api.ExecutionArn;
import io.expresso.http.api.MachineArn;
import io.expresso.http.api.Members;
import io.expresso.http.api.Names;
import io.expresso.http.api.OperationTable;
import io.expresso.http.api.PageToken;
import io.expresso.http.registry.ExecutionRecord;
import io.expresso.http.registry.MachineEntry;
import io.expresso.http.registry.MachineType;
import io.expresso.runtime.Arns;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.exec.ExecutionRejectedException;
import io.expresso.runtime.exec.MockTestCase;
import io.expresso.runtime.mock.MockTestCaseException;
import io.expresso.runtime.observe.ExecutionHistory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Starting executions (StartSyncExecution, StartExecution) and the Standard-only execution
 * operations, which answer as AWS does for Express ARNs and work from the window of recent runs
 * for STANDARD-typed machines (docs/semantics/http-api.md#startexecution-and-the-standard-only-operations).
 */
public final class ExecutionOperations {

    private static final List<String> STATUSES = List.of("RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE");
    private static final JsonObject INCLUDED = JsonObject.of("included", JsonBoolean.TRUE);
    private static final JsonObject NOT_INCLUDED = JsonObject.of("included", JsonBoolean.FALSE);

    private final Backend backend;
    private final Targets targets;
    private final StandardRuns standardRuns;

    public ExecutionOperations(Backend backend) {
        this.backend = backend;
        this.targets = new Targets(backend.machines());
        this.standardRuns = new StandardRuns(backend.executions());
    }

    /** Registers this group's operations. */
    public void register(OperationTable table) {
        table.add("StartSyncExecution", this::startSync)
                .add("StartExecution", this::start)
                .add("DescribeExecution", this::describe)
                .add("StopExecution", this::stop)
                .add("ListExecutions", this::list)
                .add("DescribeStateMachineForExecution", this::describeMachine)
                .add("GetExecutionHistory", this::history);
    }

    /** The members StartSyncExecution and StartExecution share, checked. */
    /** @param mocks the MockConfigFile test case named after {@code #} in the ARN, or null */
    private record StartRequest(Targets.ExecutionTarget target, String name, Json input, String traceHeader, boolean metadataOnly,
            MockTestCase mocks) {
    }

    private StartRequest readStart(Members in) {
        String arn = in.requiredString("stateMachineArn", 1, 256);
        String name = in.optionalString("name", 1, 80);
        String inputText = in.string("input");
        String traceHeader = in.optionalString("traceHeader", 0, 256);
        String included = in.enumValue("includedData", StateMachineOperations.INCLUDED_DATA);
        in.check();
        Names.checkResourceName(name);
        // MACHINE_ARN#TestCase runs the machine with that test case of the mock config file
        // (docs/semantics/mocks.md#choosing-a-test-case).
        int hash = arn.indexOf('#');
        Targets.ExecutionTarget target = targets.forStart(hash < 0 ? arn : arn.substring(0, hash));
        MockTestCase mocks = hash < 0 ? null : testCase(target, arn.substring(hash + 1));
        Json input = ExecutionInput.parse(inputText);
        return new StartRequest(target, name == null ? RandomUuids.unique() : name, input, traceHeader, "METADATA_ONLY".equals(included),
                mocks);
    }

    /** @throws ApiException InvalidName when the mock config file has no usable test case of that name */
    private MockTestCase testCase(Targets.ExecutionTarget target, String name) {
        try {
            return backend.expresso().mockTestCase(target.revision().machine(), name);
        } catch (MockTestCaseException e) {
            throw new ApiException(ErrorType.INVALID_NAME, e.getMessage());
        }
    }

    CompletionStage<JsonObject> startSync(Members in) {
        StartRequest start = readStart(in);
        MachineEntry machine = start.target().machine();
        if (machine.type() != MachineType.EXPRESS) {
            throw ApiException.typeNotSupported();
        }
        return backend.expresso().execute(start.target().revision().machine(), start.name(), null, start.input(), false,
                        start.mocks())
                .handle((result, failure) -> {
                    if (failure != null) {
                        throw rejection(failure);
                    }
                    return syncReply(start, result);
                });
    }

    private JsonObject syncReply(StartRequest start, ExecutionResult result) {
        boolean succeeded = result.status() == ExecutionStatus.SUCCEEDED;
        // StartSyncExecution's status enum has no ABORTED: a run cut short by shutdown reports as failed.
        String status = result.status() == ExecutionStatus.ABORTED ? "FAILED" : result.status().name();
        JsonObject.Builder reply = JsonObject.builder(15)
                .add("executionArn", JsonString.of(result.executionArn()))
                .add("stateMachineArn", JsonString.of(start.target().machine().arn()))
                .add("name", JsonString.of(result.name()))
                .add("startDate", EpochSeconds.of(result.startMillis()))
                .add("stopDate", EpochSeconds.of(result.stopMillis()))
                .add("status", JsonString.of(status));
        addErrorAndCause(reply, result.error(), result.cause());
        // The documents go out as JSON text inside strings, written straight from the values.
        if (!start.metadataOnly()) {
            reply.add("input", JsonString.jsonTextOf(result.input()));
        }
        reply.add("inputDetails", start.metadataOnly() ? NOT_INCLUDED : INCLUDED);
        if (succeeded && !start.metadataOnly()) {
            reply.add("output", JsonString.jsonTextOf(result.output()));
        }
        reply.add("outputDetails", start.metadataOnly() ? NOT_INCLUDED : INCLUDED);
        if (start.traceHeader() != null) {
            reply.add("traceHeader", JsonString.of(start.traceHeader()));
        }
        long payloadBytes = result.input().serializedSize() + (succeeded ? result.output().serializedSize() : 0)
                + start.target().revision().definition().length();
        reply.add("billingDetails", Billing.details(result.stopMillis() - result.startMillis(), payloadBytes));
        return reply.build();
    }

    CompletionStage<JsonObject> start(Members in) {
        StartRequest start = readStart(in);
        MachineEntry machine = start.target().machine();
        String region = backend.expresso().config().region();
        String account = backend.expresso().config().accountId();
        if (machine.type() == MachineType.EXPRESS) {
            String arn = Arns.expressExecution(Arns.stateMachine(region, account, machine.name()), start.name());
            long now = System.currentTimeMillis();
            // Results of asynchronous Express runs are observable only through logs
            // (docs/semantics/http-api.md#startexecution-and-the-standard-only-operations).
            launch(start, arn, false);
            return Replies.of(startReply(arn, now));
        }
        return Replies.of(startStandard(start, Arns.standardExecutionPrefix(region, account) + machine.name() + ":"
                + start.name()));
    }

    /**
     * Starts a run whose result nobody waits for.
     *
     * @throws ApiException ThrottlingException or ServiceUnavailable when the runtime refuses it
     */
    /** @param keepHistory whether GetExecutionHistory will be asked for this run (STANDARD-typed machines) */
    private CompletionStage<ExecutionResult> launch(StartRequest start, String arn, boolean keepHistory) {
        StateMachine machine = start.target().revision().machine();
        CompletionStage<ExecutionResult> run = keepHistory
                ? backend.expresso().executeKeepingHistory(machine, start.name(), arn, start.input(), start.mocks())
                : backend.expresso().execute(machine, start.name(), arn, start.input(), true, start.mocks());
        // The engine refuses a start synchronously, so a refused stage is already failed here.
        CompletableFuture<ExecutionResult> future = run.toCompletableFuture();
        if (future.isCompletedExceptionally()) {
            try {
                future.join();
            } catch (CompletionException refused) {
                throw rejection(refused);
            }
        }
        return run;
    }

    /** A run of a STANDARD-typed machine: idempotent on (name, input) while remembered, as AWS's Standard starts are. */
    private JsonObject startStandard(StartRequest start, String arn) {
        ExecutionRecord record = standardRuns.start(start.target(), arn, start.name(), start.input(), () -> launch(start, arn, true));
        return startReply(arn, record.startMillis());
    }

    private static JsonObject startReply(String arn, long startMillis) {
        return JsonObject.builder(2).add("executionArn", JsonString.of(arn)).add("startDate", EpochSeconds.of(startMillis)).build();
    }

    private static ApiException rejection(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ApiException api) {
            return api;
        }
        if (cause instanceof ExecutionRejectedException rejected) {
            return rejected.reason() == ExecutionRejectedException.Reason.THROTTLED
                    ? new ApiException(ErrorType.THROTTLING, "Rate exceeded")
                    : new ApiException(ErrorType.SERVICE_UNAVAILABLE, rejected.getMessage());
        }
        return new ApiException(ErrorType.INTERNAL_FAILURE, "The execution could not run: " + cause);
    }

    private static void addErrorAndCause(JsonObject.Builder reply, String error, String cause) {
        if (error != null) {
            reply.add("error", JsonString.of(error));
        }
        if (cause != null) {
            reply.add("cause", JsonString.of(cause));
        }
    }

    /** @return the remembered run an execution ARN names */
    private ExecutionRecord record(String arnText) {
        ExecutionArn.parse(arnText).requireStandard();
        ExecutionRecord record = backend.executions().get(arnText);
        if (record == null) {
            throw ApiException.executionDoesNotExist(arnText);
        }
        return record;
    }

    CompletionStage<JsonObject> describe(Members in) {
        String arn = in.requiredString("executionArn", 1, 256);
        String included = in.enumValue("includedData", StateMachineOperations.INCLUDED_DATA);
        in.check();
        boolean metadataOnly = "METADATA_ONLY".equals(included);
        ExecutionRecord record = record(arn);
        ExecutionRecord.Outcome outcome = record.outcome();
        JsonObject.Builder reply = JsonObject.builder(16)
                .add("executionArn", JsonString.of(record.arn()))
                .add("stateMachineArn", JsonString.of(record.machine().arn()))
                .add("name", JsonString.of(record.name()))
                .add("status", JsonString.of(record.status()))
                .add("startDate", EpochSeconds.of(record.startMillis()));
        if (outcome != null) {
            reply.add("stopDate", EpochSeconds.of(outcome.stopMillis()));
        }
        if (!metadataOnly) {
            reply.add("input", JsonString.jsonTextOf(record.input()));
        }
        reply.add("inputDetails", metadataOnly ? NOT_INCLUDED : INCLUDED);
        if (outcome != null && outcome.output() != null) {
            if (!metadataOnly) {
                reply.add("output", JsonString.jsonTextOf(outcome.output()));
            }
            reply.add("outputDetails", metadataOnly ? NOT_INCLUDED : INCLUDED);
        }
        if (outcome != null) {
            addErrorAndCause(reply, outcome.error(), outcome.cause());
        }
        if (record.versionArn() != null) {
            reply.add("stateMachineVersionArn", JsonString.of(record.versionArn()));
        }
        if (record.aliasArn() != null) {
            reply.add("stateMachineAliasArn", JsonString.of(record.aliasArn()));
        }
        reply.add("redriveCount", JsonNumber.of(0));
        return Replies.of(reply.build());
    }

    /**
     * Stops a running STANDARD run: its record is marked ABORTED with the caller's error and
     * cause first, so the engine's own result for the cut-short run (or a completion racing with
     * the stop) cannot overwrite it, and then the run is aborted on the loop that owns it.
     */
    CompletionStage<JsonObject> stop(Members in) {
        String arn = in.requiredString("executionArn", 1, 256);
        String error = in.optionalString("error", 0, 256);
        String cause = in.optionalSensitiveString("cause", 0, 32_768);
        in.check();
        ExecutionRecord record = record(arn);
        ExecutionRecord.Outcome stopped = new ExecutionRecord.Outcome(ExecutionStatus.ABORTED, null, error, cause,
                System.currentTimeMillis(), null);
        ExecutionRecord.Outcome outcome = record.end(stopped);
        JsonObject reply = JsonObject.of("stopDate", EpochSeconds.of(outcome.stopMillis()));
        if (outcome != stopped) {
            return Replies.of(reply);
        }
        return backend.expresso().abort(arn, "Stopped by StopExecution.").thenApply(wasRunning -> reply);
    }

    CompletionStage<JsonObject> list(Members in) {
        String arnText = in.optionalString("stateMachineArn", 1, 256);
        String mapRunArn = in.string("mapRunArn");
        String statusFilter = in.enumValue("statusFilter", STATUSES);
        int max = in.integer("maxResults", 0, 1000, 0);
        String token = in.optionalString("nextToken", 1, 3096);
        in.check();
        if (arnText == null) {
            if (mapRunArn != null) {
                throw new ApiException(ErrorType.RESOURCE_NOT_FOUND, "Resource not found: '" + mapRunArn + "'", mapRunArn);
            }
            throw new ApiException(ErrorType.VALIDATION, "Must provide a StateMachine ARN or MapRun ARN");
        }
        MachineArn arn = MachineArn.parse(arnText);
        MachineEntry machine = targets.machine(arn);
        if (machine.type() == MachineType.EXPRESS) {
            throw ApiException.typeNotSupported();
        }
        String qualified = arn.isBase() ? null : arnText;
        String after = PageToken.decode("executions", token);
        long before = parseSequence(after);
        int size = PageToken.size(max);
        List<ExecutionRecord> page = backend.executions().newestFirst(record -> record.machine() == machine
                && (statusFilter == null || statusFilter.equals(record.status()))
                && (qualified == null || qualified.equals(record.versionArn()) || qualified.equals(record.aliasArn())), before, size);
        JsonArray.Builder executions = new JsonArray.Builder(page.size());
        for (int i = 0; i < page.size() && i < size; i++) {
            executions.add(listItem(page.get(i)));
        }
        JsonObject.Builder reply = JsonObject.builder(2).add("executions", executions.build());
        if (page.size() > size) {
            reply.add("nextToken", JsonString.of(PageToken.encode("executions", Long.toString(page.get(size - 1).sequence()))));
        }
        return Replies.of(reply.build());
    }

    private static long parseSequence(String key) {
        if (key == null) {
            return 0;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ApiException.invalidToken();
        }
    }

    private static JsonObject listItem(ExecutionRecord record) {
        ExecutionRecord.Outcome outcome = record.outcome();
        JsonObject.Builder item = JsonObject.builder(9)
                .add("executionArn", JsonString.of(record.arn()))
                .add("stateMachineArn", JsonString.of(record.machine().arn()))
                .add("name", JsonString.of(record.name()))
                .add("status", JsonString.of(record.status()))
                .add("startDate", EpochSeconds.of(record.startMillis()));
        if (outcome != null) {
            item.add("stopDate", EpochSeconds.of(outcome.stopMillis()));
        }
        if (record.versionArn() != null) {
            item.add("stateMachineVersionArn", JsonString.of(record.versionArn()));
        }
        if (record.aliasArn() != null) {
            item.add("stateMachineAliasArn", JsonString.of(record.aliasArn()));
        }
        item.add("redriveCount", JsonNumber.of(0));
        return item.build();
    }

    CompletionStage<JsonObject> describeMachine(Members in) {
        String arn = in.requiredString("executionArn", 1, 256);
        in.enumValue("includedData", StateMachineOperations.INCLUDED_DATA);
        in.check();
        ExecutionRecord record = record(arn);
        JsonObject.Builder reply = JsonObject.builder(8)
                .add("stateMachineArn", JsonString.of(record.versionArn() != null ? record.versionArn() : record.machine().arn()))
                .add("name", JsonString.of(record.machine().name()))
                .add("definition", JsonString.of(record.revision().definition()))
                .add("roleArn", JsonString.of(record.revision().roleArn()))
                .add("updateDate", EpochSeconds.of(record.revision().updateMillis()))
                .add("loggingConfiguration", record.revision().logging())
                .add("tracingConfiguration", record.revision().tracing());
        if (record.revision().revisionId() != null) {
            reply.add("revisionId", JsonString.of(record.revision().revisionId()));
        }
        return Replies.of(reply.build());
    }

    /**
     * Every event of an ended run of a STANDARD-typed machine, as the engine recorded it (the same
     * events, ids and details as its log records); while the run goes on, its start event.
     */
    CompletionStage<JsonObject> history(Members in) {
        String arn = in.requiredString("executionArn", 1, 256);
        boolean reverse = in.bool("reverseOrder", false);
        in.integer("maxResults", 0, 1000, 0);
        in.optionalString("nextToken", 1, 3096);
        in.check();
        ExecutionRecord record = record(arn);
        JsonObject started = JsonObject.builder(5)
                .add("timestamp", EpochSeconds.of(record.startMillis()))
                .add("type", JsonString.of("ExecutionStarted"))
                .add("id", JsonNumber.of(1))
                .add("previousEventId", JsonNumber.of(0))
                .add("executionStartedEventDetails", JsonObject.builder(3)
                        .add("input", JsonString.jsonTextOf(record.input()))
                        .add("inputDetails", INCLUDED)
                        .add("roleArn", JsonString.of(record.revision().roleArn())).build())
                .build();
        ExecutionRecord.Outcome outcome = record.outcome();
        if (outcome == null) {
            return Replies.of(JsonObject.of("events", JsonArray.of(started)));
        }
        if (outcome.history() == null) {
            // Stopped through the API before the engine's own end: its start and the stop.
            return Replies.of(JsonObject.of("events",
                    reverse ? JsonArray.of(endEvent(outcome), started) : JsonArray.of(started, endEvent(outcome))));
        }
        List<ExecutionHistory.HistoryEvent> recorded = outcome.history().events();
        Json[] events = new Json[recorded.size()];
        for (int i = 0; i < events.length; i++) {
            ExecutionHistory.HistoryEvent event = recorded.get(reverse ? events.length - 1 - i : i);
            events[i] = historyEvent(event, outcome.history().details(event));
        }
        return Replies.of(JsonObject.of("events", JsonArray.wrap(events)));
    }

    /** An event in the API's HistoryEvent shape: its details under {@code <type>EventDetails}. */
    private static JsonObject historyEvent(ExecutionHistory.HistoryEvent event, JsonObject details) {
        JsonObject.Builder shaped = JsonObject.builder(5)
                .add("timestamp", EpochSeconds.of(event.timestampMillis()))
                .add("type", JsonString.of(event.type().name()))
                .add("id", JsonNumber.of(event.id()))
                .add("previousEventId", JsonNumber.of(event.previousId()));
        if (!details.isEmpty()) {
            shaped.add(detailsMember(event.type().name()), details);
        }
        return shaped.build();
    }

    /** Every state's Entered and Exited events share {@code stateEnteredEventDetails} / {@code stateExitedEventDetails}. */
    private static String detailsMember(String type) {
        if (type.endsWith("StateEntered")) {
            return "stateEnteredEventDetails";
        }
        if (type.endsWith("StateExited")) {
            return "stateExitedEventDetails";
        }
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
    }

    private static JsonObject endEvent(ExecutionRecord.Outcome outcome) {
        String type = switch (outcome.status()) {
            case SUCCEEDED -> "ExecutionSucceeded";
            case FAILED -> "ExecutionFailed";
            case TIMED_OUT -> "ExecutionTimedOut";
            case ABORTED -> "ExecutionAborted";
        };
        JsonObject.Builder details = JsonObject.builder(2);
        if (outcome.output() != null) {
            details.add("output", JsonString.jsonTextOf(outcome.output()))
                    .add("outputDetails", INCLUDED);
        }
        addErrorAndCause(details, outcome.error(), outcome.cause());
        String detailsName = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
        return JsonObject.builder(5)
                .add("timestamp", EpochSeconds.of(outcome.stopMillis()))
                .add("type", JsonString.of(type))
                .add("id", JsonNumber.of(2))
                // AWS's ExecutionAborted names no previous event (a recorded StopExecution history).
                .add("previousEventId", JsonNumber.of(outcome.status() == ExecutionStatus.ABORTED ? 0 : 1))
                .add(detailsName, details.build())
                .build();
    }
}
