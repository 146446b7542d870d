package io.expresso.bench.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What counts as Java internals in a text shown to users, and what does not. */
class OutcomeOracleTest {

    @Test
    void shouldCountClassNamesAndStackFramesAsJavaInternals() {
        assertTrue(OutcomeOracle.JAVA_TEXT.matcher("java.lang.NullPointerException: value").find());
        assertTrue(OutcomeOracle.JAVA_TEXT.matcher("An error occurred: ArithmeticException").find());
        assertTrue(OutcomeOracle.JAVA_TEXT.matcher("StackOverflowError").find());
        assertTrue(OutcomeOracle.JAVA_TEXT.matcher("x\n\tat io.expresso.codec.json.JsonParser.read(JsonParser.java:12)").find());
        assertTrue(OutcomeOracle.JAVA_TEXT.matcher("cannot be cast to class io.expresso.codec.json.JsonString").find());
    }

    @Test
    void shouldNotCountServiceErrorNamesAndOrdinaryCausesAsJavaInternals() {
        assertFalse(OutcomeOracle.JAVA_TEXT.matcher("{\"Error\":\"Lambda.ResourceNotFoundException\",\"Cause\":\"Function not found: x\"}").find());
        assertFalse(OutcomeOracle.JAVA_TEXT.matcher("The JSONPath '$.a' specified for the field 'x.$' could not be found in the input '{}'").find());
        assertFalse(OutcomeOracle.JAVA_TEXT.matcher("Error: the workflow gave up at S1 (Errors counted: 3)").find());
    }
}
