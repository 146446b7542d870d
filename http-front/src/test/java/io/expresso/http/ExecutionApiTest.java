package io.expresso.http;

import static io.expresso.http.ServerFixture.PREFIX;
import static io.expresso.http.ServerFixture.route;
import static io.expresso.http.StateMachineApiTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sfn.model.ConflictException;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.MapIterationEventDetails;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** Executions, versions and aliases through the AWS SDK for Java v2. */
class ExecutionApiTest {

    private static final String ECHO = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
    private static final String FAIL = "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"OrderRejected\",\"Cause\":\"credit limit\"}}}";
    private static final String SLOW = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}";

    private static final String PARKED = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":240,\"End\":true}}}";
    /** Item 1 fails at once while item 0 waits, so the Wait of item 0 is aborted. */
    private static final String ONE_ITEM_FAILS = """
            {"StartAt":"Each","States":{"Each":{"Type":"Map","End":true,"ItemProcessor":{"StartAt":"Route","States":{
              "Route":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":0,"Next":"Hold"}],"Default":"Stop"},
              "Hold":{"Type":"Wait","Seconds":240,"End":true},
              "Stop":{"Type":"Fail","Error":"Boom"}}}}}}""";

    private static ServerFixture fixture;

    @BeforeAll
    static void start() throws InterruptedException {
        fixture = new ServerFixture(false);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }


    @Test
    void shouldAnswerASyncRunWithItsOutputAndBilling() {
        String arn = fixture.create("sync-echo", ECHO, StateMachineType.EXPRESS);
        StartSyncExecutionResponse run = fixture.sfn.startSyncExecution(b -> b.stateMachineArn(arn).name("run-1").input("{\"id\":42}"));
        assertEquals(SyncExecutionStatus.SUCCEEDED, run.status());
        assertEquals("{\"id\":42}", run.output());
        assertEquals("{\"id\":42}", run.input());
        assertEquals("run-1", run.name());
        assertEquals(arn, run.stateMachineArn());
        assertTrue(run.executionArn().startsWith("arn:aws:states:us-east-1:123456789012:express:sync-echo:run-1:"));
        assertTrue(!run.stopDate().isBefore(run.startDate()));
        assertEquals(64L, run.billingDetails().billedMemoryUsedInMB());
        assertEquals(0, run.billingDetails().billedDurationInMilliseconds() % 100);
    }

    @Test
    void shouldAnswerAFailedSyncRunWith200AndTheError() {
        String arn = fixture.create("sync-fail", FAIL, StateMachineType.EXPRESS);
        StartSyncExecutionResponse run = fixture.sfn.startSyncExecution(b -> b.stateMachineArn(arn));
        assertEquals(SyncExecutionStatus.FAILED, run.status());
        assertEquals("OrderRejected", run.error());
        assertEquals("credit limit", run.cause());
        assertNull(run.output());
        assertTrue(run.outputDetails().included());
        assertEquals("{}", run.input());
    }

    @Test
    void shouldRefuseBadInputAndUnknownMachines() {
        String arn = fixture.create("input-checks", ECHO, StateMachineType.EXPRESS);
        assertMessage("Invalid State Machine Execution Input: 'Invalid execution input.'", InvalidExecutionInputException.class,
                () -> fixture.sfn.startSyncExecution(b -> b.stateMachineArn(arn).input("")));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(InvalidExecutionInputException.class,
                () -> fixture.sfn.startSyncExecution(b -> b.stateMachineArn(arn).input("{oops"))).getMessage()
                .startsWith("Invalid State Machine Execution Input: '"));
        assertMessage("State Machine Does Not Exist: '" + PREFIX + "ghost'", StateMachineDoesNotExistException.class,
                () -> fixture.sfn.startExecution(b -> b.stateMachineArn(PREFIX + "ghost")));
        assertMessage("1 validation error detected: Value at 'input' failed to satisfy constraint: "
                + "Member must have length less than or equal to 262144", ValidationException.class,
                () -> fixture.sfn.startSyncExecution(b -> b.stateMachineArn(arn).input("\"" + "x".repeat(262_144) + "\"")));
    }

    @Test
    void shouldStartExpressAsynchronouslyAndAnswerStandardOnlyOperationsAsAws() {
        String arn = fixture.create("async-express", ECHO, StateMachineType.EXPRESS);
        StartExecutionResponse started = fixture.sfn.startExecution(b -> b.stateMachineArn(arn).name("same"));
        StartExecutionResponse again = fixture.sfn.startExecution(b -> b.stateMachineArn(arn).name("same"));
        assertTrue(started.executionArn().contains(":express:async-express:same:"));
        assertNotEquals(started.executionArn(), again.executionArn());
        String express = "Invalid Arn: 'Resource type not valid in this context: express'";
        assertMessage(express, InvalidArnException.class, () -> fixture.sfn.describeExecution(b -> b.executionArn(started.executionArn())));
        assertMessage(express, InvalidArnException.class, () -> fixture.sfn.stopExecution(b -> b.executionArn(started.executionArn())));
        assertMessage(express, InvalidArnException.class,
                () -> fixture.sfn.describeStateMachineForExecution(b -> b.executionArn(started.executionArn())));
        assertMessage("This operation is not supported by this type of state machine", StateMachineTypeNotSupportedException.class,
                () -> fixture.sfn.listExecutions(b -> b.stateMachineArn(arn)));
    }

    @Test
    void shouldRememberStandardRunsForDescribeListAndStop() {
        String arn = fixture.create("standard-runs", ECHO, StateMachineType.STANDARD);
        String slowArn = fixture.create("standard-slow", SLOW, StateMachineType.STANDARD);
        assertMessage("This operation is not supported by this type of state machine", StateMachineTypeNotSupportedException.class,
                () -> fixture.sfn.startSyncExecution(b -> b.stateMachineArn(arn)));
        String first = fixture.sfn.startExecution(b -> b.stateMachineArn(arn).name("first").input("{\"n\":1}")).executionArn();
        assertEquals("arn:aws:states:us-east-1:123456789012:execution:standard-runs:first", first);
        DescribeExecutionResponse described = fixture.awaitEnd(first);
        assertEquals(ExecutionStatus.SUCCEEDED, described.status());
        assertEquals("{\"n\":1}", described.output());
        assertEquals(arn, described.stateMachineArn());
        assertMessage("Execution Already Exists: '" + first + "'", ExecutionAlreadyExistsException.class,
                () -> fixture.sfn.startExecution(b -> b.stateMachineArn(arn).name("first").input("{\"n\":1}")));
        fixture.sfn.startExecution(b -> b.stateMachineArn(arn).name("second"));
        List<ExecutionListItem> listed = fixture.sfn.listExecutions(b -> b.stateMachineArn(arn)).executions();
        assertEquals(List.of("second", "first"), listed.stream().map(ExecutionListItem::name).toList());
        assertEquals(1, fixture.sfn.listExecutions(b -> b.stateMachineArn(arn).maxResults(1)).executions().size());
        assertEquals(ECHO, fixture.sfn.describeStateMachineForExecution(b -> b.executionArn(first)).definition());

        String slow = fixture.sfn.startExecution(b -> b.stateMachineArn(slowArn).name("slow")).executionArn();
        assertEquals(ExecutionStatus.RUNNING, fixture.sfn.describeExecution(b -> b.executionArn(slow)).status());
        fixture.sfn.stopExecution(b -> b.executionArn(slow).error("Stop").cause("asked"));
        DescribeExecutionResponse stopped = fixture.sfn.describeExecution(b -> b.executionArn(slow));
        assertEquals(ExecutionStatus.ABORTED, stopped.status());
        assertEquals("Stop", stopped.error());
        assertEquals(List.of("slow"), fixture.sfn.listExecutions(b -> b.stateMachineArn(slowArn).statusFilter(ExecutionStatus.ABORTED))
                .executions().stream().map(ExecutionListItem::name).toList());
        String missing = "arn:aws:states:us-east-1:123456789012:execution:standard-runs:never";
        assertMessage("Execution Does Not Exist: '" + missing + "'", ExecutionDoesNotExistException.class,
                () -> fixture.sfn.describeExecution(b -> b.executionArn(missing)));
    }

    @Test
    @Timeout(60)
    void shouldAbortAStoppedRunOnItsLoopAndKeepTheStopOutcome() throws InterruptedException {
        String arn = fixture.create("standard-parked", PARKED, StateMachineType.STANDARD);
        String parked = fixture.sfn.startExecution(b -> b.stateMachineArn(arn).name("parked")).executionArn();
        assertEquals(ExecutionStatus.RUNNING, fixture.sfn.describeExecution(b -> b.executionArn(parked)).status());
        assertTrue(fixture.sfn.stopExecution(b -> b.executionArn(parked).error("Operator.Stop").cause("maintenance"))
                .stopDate() != null);
        // The Wait would park the run for four minutes: only a real abort empties the engine before the timeout above.
        while (fixture.server.runtime().inFlight() > 0) {
            Thread.sleep(5);
        }
        DescribeExecutionResponse stopped = fixture.sfn.describeExecution(b -> b.executionArn(parked));
        assertEquals(ExecutionStatus.ABORTED, stopped.status());
        assertEquals("Operator.Stop", stopped.error());
        assertEquals("maintenance", stopped.cause());
        assertNull(stopped.output());
        List<HistoryEvent> history = fixture.sfn.getExecutionHistory(b -> b.executionArn(parked)).events();
        assertEquals(List.of("ExecutionStarted", "ExecutionAborted"), history.stream().map(HistoryEvent::typeAsString).toList());
        // AWS names no previous event for the ExecutionAborted of a stopped run (LocalStack's test_stop_execution).
        assertEquals(0L, history.get(1).previousEventId());
    }


    @Test
    void shouldShowTheAbortedEventsOfAStoppedIterationInTheHistoryOfAStandardRun() {
        String arn = fixture.create("standard-aborts", ONE_ITEM_FAILS, StateMachineType.STANDARD);
        String run = fixture.sfn.startExecution(b -> b.stateMachineArn(arn).input("[0,1]")).executionArn();
        assertEquals(ExecutionStatus.FAILED, fixture.awaitEnd(run).status());

        List<HistoryEvent> events = fixture.sfn.getExecutionHistory(b -> b.executionArn(run)).events();
        assertEquals(List.of("MapIterationFailed", "WaitStateAborted", "MapIterationAborted", "MapStateFailed", "ExecutionFailed"),
                events.subList(11, events.size()).stream().map(HistoryEvent::typeAsString).toList());
        MapIterationEventDetails iteration = events.get(13).mapIterationAbortedEventDetails();
        assertEquals("Each", iteration.name());
        assertEquals(0, iteration.index());
        // Everything the failure causes follows the failed iteration's FailStateEntered (id 11), as in AWS's histories.
        assertEquals("FailStateEntered", events.get(10).typeAsString());
        assertEquals(List.of(11L, 11L, 11L, 11L), events.subList(11, 15).stream().map(HistoryEvent::previousEventId).toList());
    }

    @Test
    void shouldPublishVersionsAndRunThem() {
        String arn = fixture.create("versioned", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":1,\"End\":true}}}",
                StateMachineType.EXPRESS);
        String v1 = fixture.sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn).revisionId("INITIAL")).stateMachineVersionArn();
        assertEquals(arn + ":1", v1);
        assertEquals(v1, fixture.sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn)).stateMachineVersionArn());
        String revision = fixture.sfn.updateStateMachine(b -> b.stateMachineArn(arn)
                .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":2,\"End\":true}}}")).revisionId();
        assertMessage("Failed to publish the State Machine version for revision INITIAL. The current State Machine revision is "
                + revision + ".", ConflictException.class,
                () -> fixture.sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn).revisionId("INITIAL")));
        String v2 = fixture.sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn).description("two")).stateMachineVersionArn();
        assertEquals(arn + ":2", v2);
        assertEquals("1", fixture.sfn.startSyncExecution(b -> b.stateMachineArn(v1)).output());
        assertEquals("2", fixture.sfn.startSyncExecution(b -> b.stateMachineArn(arn)).output());
        assertEquals(List.of(v2, v1), fixture.sfn.listStateMachineVersions(b -> b.stateMachineArn(arn)).stateMachineVersions().stream()
                .map(v -> v.stateMachineVersionArn()).toList());
        fixture.sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v2));
        fixture.sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v2));
        assertEquals(arn + ":3", fixture.sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(ECHO).publish(true))
                .stateMachineVersionArn());
    }

    @Test
    void shouldRouteAliasRunsByWeightAndGuardReferencedVersions() {
        String arn = fixture.create("aliased", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\"one\",\"End\":true}}}",
                StateMachineType.EXPRESS);
        String v1 = fixture.sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn)).stateMachineVersionArn();
        fixture.sfn.updateStateMachine(b -> b.stateMachineArn(arn)
                .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\"two\",\"End\":true}}}"));
        String v2 = fixture.sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn)).stateMachineVersionArn();
        String alias = fixture.sfn.createStateMachineAlias(b -> b.name("PROD").routingConfiguration(
                route(v1, 50), route(v2, 50))).stateMachineAliasArn();
        assertEquals(arn + ":PROD", alias);
        Set<String> outputs = new HashSet<>();
        for (int i = 0; i < 200 && outputs.size() < 2; i++) {
            outputs.add(fixture.sfn.startSyncExecution(b -> b.stateMachineArn(alias)).output());
        }
        assertEquals(Set.of("\"one\"", "\"two\""), outputs);
        fixture.sfn.updateStateMachineAlias(b -> b.stateMachineAliasArn(alias).routingConfiguration(route(v2, 100)).description("all two"));
        DescribeStateMachineAliasResponse described = fixture.sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias));
        assertEquals("all two", described.description());
        assertEquals(List.of(route(v2, 100)), described.routingConfiguration());
        assertEquals("\"two\"", fixture.sfn.startSyncExecution(b -> b.stateMachineArn(alias)).output());
        assertTrue(assertThrowsConflict(v2).startsWith("Version to be deleted must not be referenced by an alias."));
        assertEquals(List.of(alias), fixture.sfn.listStateMachineAliases(b -> b.stateMachineArn(arn)).stateMachineAliases().stream()
                .map(a -> a.stateMachineAliasArn()).toList());
        assertMessage("Sum of routing configuration weights must equal 100. Received: [70, 29]", ValidationException.class,
                () -> fixture.sfn.createStateMachineAlias(b -> b.name("BAD").routingConfiguration(route(v1, 70), route(v2, 29))));
        fixture.sfn.deleteStateMachineAlias(b -> b.stateMachineAliasArn(alias));
        assertMessage("Request references a resource that does not exist.", ResourceNotFoundException.class,
                () -> fixture.sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias)));
    }

    private static String assertThrowsConflict(String versionArn) {
        return org.junit.jupiter.api.Assertions.assertThrows(ConflictException.class,
                () -> fixture.sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(versionArn))).awsErrorDetails().errorMessage();
    }
}
