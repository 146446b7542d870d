package io.expresso.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseOutcomeTest {

    private final ResponseOutcome startSync = new ResponseOutcome(LoadOptions.START_SYNC_EXECUTION);

    @Test
    void shouldTakeASucceededExecutionAsSuccess() {
        assertNull(startSync.errorType(200, bytes("{\"executionArn\":\"a\",\"status\":\"SUCCEEDED\",\"output\":\"{}\"}")));
    }

    @Test
    void shouldNameAnExecutionThatDidNotSucceed() {
        assertEquals("execution FAILED", startSync.errorType(200, bytes("{\"status\" : \"FAILED\",\"error\":\"E\"}")));
    }

    @Test
    void shouldNameAnErrorReplyByStatusAndType() {
        assertEquals("400 ThrottlingException", startSync.errorType(400, bytes("{\"__type\":\"ThrottlingException\",\"message\":\"m\"}")));
    }

    @Test
    void shouldNameAnUntypedErrorReplyByStatus() {
        assertEquals("HTTP 503", startSync.errorType(503, bytes("busy")));
    }

    @Test
    void shouldNotLookForAnExecutionStatusInOtherOperations() {
        assertNull(new ResponseOutcome("AWSStepFunctions.ListStateMachines").errorType(200, bytes("{\"stateMachines\":[]}")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
