package io.expresso.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArnsTest {

    private static final String MACHINE = "arn:aws:states:eu-west-1:123456789012:stateMachine:orders";

    @Test
    void shouldBuildAStateMachineArnInTheAwsPartition() {
        assertEquals(MACHINE, Arns.stateMachine("eu-west-1", "123456789012", "orders"));
    }

    @Test
    void shouldNameAnExpressExecutionAfterItsMachineWithAFreshId() {
        String first = Arns.expressExecution(MACHINE, "run-1");

        assertTrue(first.matches("arn:aws:states:eu-west-1:123456789012:express:orders:run-1:[0-9a-f-]{36}"), first);
        assertEquals("arn:aws:states:eu-west-1:123456789012:express:orders:", Arns.expressExecutionPrefix(MACHINE));
        assertNotEquals(first, Arns.expressExecution(MACHINE, "run-1"));
    }

    @Test
    void shouldBuildTheStandardExecutionPrefixAndRoleArns() {
        assertEquals("arn:aws:states:eu-west-1:123456789012:execution:",
                Arns.standardExecutionPrefix("eu-west-1", "123456789012"));
        assertEquals("arn:aws:iam::123456789012:role/orders-role", Arns.role("123456789012", "orders-role"));
    }

    @Test
    void shouldReadTheRegionBackFromAnyOfTheseArns() {
        assertEquals("eu-west-1", Arns.region(MACHINE));
        assertEquals("eu-west-1", Arns.region(Arns.expressExecution(MACHINE, "run-1")));
    }

    @Test
    void shouldReadBackTheArnsItBuilds() {
        assertEquals(new Arns.StatesArn("aws", "eu-west-1", "123456789012", "stateMachine", "orders"), Arns.parse(MACHINE));
        assertEquals(new Arns.StatesArn("aws", "eu-west-1", "123456789012", "express", "orders:run-1:x"),
                Arns.parse("arn:aws:states:eu-west-1:123456789012:express:orders:run-1:x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "orders", "arn:aws:lambda:eu-west-1:123456789012:function:f",
        "arn:aws:states:eu-west-1:12345678901a:stateMachine:orders", "arn:aws:states:eu-west-1:123456789012:stateMachine:"})
    void shouldReadNothingFromWhatIsNotAStepFunctionsArn(String text) {
        assertNull(Arns.parse(text));
    }
}
