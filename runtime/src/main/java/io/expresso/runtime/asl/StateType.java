package io.expresso.runtime.asl;

/** The eight state types, in the order AWS lists them in its {@code Type} diagnostic. */
public enum StateType {
    TASK("Task"),
    WAIT("Wait"),
    PASS("Pass"),
    SUCCEED("Succeed"),
    FAIL("Fail"),
    CHOICE("Choice"),
    PARALLEL("Parallel"),
    MAP("Map");

    private final String fieldValue;

    StateType(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** @return the {@code Type} value as written in a definition */
    public String fieldValue() {
        return fieldValue;
    }

    /** @return the type written as {@code value}, or {@code null} for an unknown type */
    public static StateType of(String value) {
        for (StateType type : values()) {
            if (type.fieldValue.equals(value)) {
                return type;
            }
        }
        return null;
    }
}
