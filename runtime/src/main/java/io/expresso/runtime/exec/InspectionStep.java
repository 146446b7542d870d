package io.expresso.runtime.exec;

/**
 * A value a state computes on its way from input to output, reported to a {@link StateProbe}'s
 * inspector as the state computes it. Each step is named as TestState's {@code inspectionData}
 * names it.
 */
public enum InspectionStep {
    /** The effective input, after {@code InputPath}. */
    AFTER_INPUT_PATH("afterInputPath"),
    /** What {@code Parameters} made of the effective input (the effective input itself when absent). */
    AFTER_PARAMETERS("afterParameters"),
    /** The state's result: a Task's response, a Pass state's {@code Result} or {@code Parameters}. */
    RESULT("result"),
    /** The result after {@code ResultSelector} (the result itself when absent). */
    AFTER_RESULT_SELECTOR("afterResultSelector"),
    /** The raw input with the result placed by {@code ResultPath}. */
    AFTER_RESULT_PATH("afterResultPath"),
    /** A Map state's items, after {@code ItemsPath}. */
    AFTER_ITEMS_PATH("afterItemsPath"),
    /** A Map state's resolved {@code MaxConcurrency}, a number. */
    MAX_CONCURRENCY("maxConcurrency");

    private final String field;

    InspectionStep(String field) {
        this.field = field;
    }

    /** @return the step's member name in TestState's {@code inspectionData} */
    public String field() {
        return field;
    }
}
