package io.expresso.runtime.asl;

/** The query language of a definition or a state; only {@link #JSONPATH} can be deployed today. */
public enum QueryLanguage {
    JSONPATH("JSONPath"),
    JSONATA("JSONata");

    private final String fieldValue;

    QueryLanguage(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** @return the value as written in a definition */
    public String fieldValue() {
        return fieldValue;
    }
}
