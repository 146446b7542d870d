package io.expresso.runtime.asl;

/** Every JSONPath Choice comparison operator, with the family that fixes its operand type. */
public enum ComparisonOperator {
    STRING_EQUALS("StringEquals", Family.STRING, false),
    STRING_EQUALS_PATH("StringEqualsPath", Family.STRING, true),
    STRING_LESS_THAN("StringLessThan", Family.STRING, false),
    STRING_LESS_THAN_PATH("StringLessThanPath", Family.STRING, true),
    STRING_GREATER_THAN("StringGreaterThan", Family.STRING, false),
    STRING_GREATER_THAN_PATH("StringGreaterThanPath", Family.STRING, true),
    STRING_LESS_THAN_EQUALS("StringLessThanEquals", Family.STRING, false),
    STRING_LESS_THAN_EQUALS_PATH("StringLessThanEqualsPath", Family.STRING, true),
    STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Family.STRING, false),
    STRING_GREATER_THAN_EQUALS_PATH("StringGreaterThanEqualsPath", Family.STRING, true),
    STRING_MATCHES("StringMatches", Family.STRING_PATTERN, false),
    NUMERIC_EQUALS("NumericEquals", Family.NUMERIC, false),
    NUMERIC_EQUALS_PATH("NumericEqualsPath", Family.NUMERIC, true),
    NUMERIC_LESS_THAN("NumericLessThan", Family.NUMERIC, false),
    NUMERIC_LESS_THAN_PATH("NumericLessThanPath", Family.NUMERIC, true),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Family.NUMERIC, false),
    NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", Family.NUMERIC, true),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Family.NUMERIC, false),
    NUMERIC_LESS_THAN_EQUALS_PATH("NumericLessThanEqualsPath", Family.NUMERIC, true),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Family.NUMERIC, false),
    NUMERIC_GREATER_THAN_EQUALS_PATH("NumericGreaterThanEqualsPath", Family.NUMERIC, true),
    BOOLEAN_EQUALS("BooleanEquals", Family.BOOLEAN, false),
    BOOLEAN_EQUALS_PATH("BooleanEqualsPath", Family.BOOLEAN, true),
    TIMESTAMP_EQUALS("TimestampEquals", Family.TIMESTAMP, false),
    TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", Family.TIMESTAMP, true),
    TIMESTAMP_LESS_THAN("TimestampLessThan", Family.TIMESTAMP, false),
    TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", Family.TIMESTAMP, true),
    TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Family.TIMESTAMP, false),
    TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", Family.TIMESTAMP, true),
    TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Family.TIMESTAMP, false),
    TIMESTAMP_LESS_THAN_EQUALS_PATH("TimestampLessThanEqualsPath", Family.TIMESTAMP, true),
    TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Family.TIMESTAMP, false),
    TIMESTAMP_GREATER_THAN_EQUALS_PATH("TimestampGreaterThanEqualsPath", Family.TIMESTAMP, true),
    IS_NULL("IsNull", Family.TYPE_TEST, false),
    IS_PRESENT("IsPresent", Family.TYPE_TEST, false),
    IS_NUMERIC("IsNumeric", Family.TYPE_TEST, false),
    IS_STRING("IsString", Family.TYPE_TEST, false),
    IS_BOOLEAN("IsBoolean", Family.TYPE_TEST, false),
    IS_TIMESTAMP("IsTimestamp", Family.TYPE_TEST, false);

    /** What an operator compares, which fixes the type of its literal operand. */
    public enum Family {
        /** String operand, compared with {@link String#compareTo}. */
        STRING,
        /** String pattern with {@code *} wildcards. */
        STRING_PATTERN,
        /** Number operand, compared by value. */
        NUMERIC,
        /** Boolean operand. */
        BOOLEAN,
        /** RFC 3339 timestamp string, compared as instants. */
        TIMESTAMP,
        /** Boolean operand: whether the type test should hold. */
        TYPE_TEST
    }

    private final String fieldName;
    private final Family family;
    private final boolean path;

    ComparisonOperator(String fieldName, Family family, boolean path) {
        this.fieldName = fieldName;
        this.family = family;
        this.path = path;
    }

    /** @return the operator's field name in a Choice rule */
    public String fieldName() {
        return fieldName;
    }

    public Family family() {
        return family;
    }

    /** @return whether the operand is a reference path whose value is compared, not a literal */
    public boolean isPath() {
        return path;
    }

    /** @return the operator written as {@code fieldName}, or {@code null} when it is not an operator */
    public static ComparisonOperator of(String fieldName) {
        for (ComparisonOperator operator : values()) {
            if (operator.fieldName.equals(fieldName)) {
                return operator;
            }
        }
        return null;
    }
}
