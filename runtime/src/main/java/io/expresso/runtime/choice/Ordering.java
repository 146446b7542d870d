package io.expresso.runtime.choice;

/** The five orderings of the String, Numeric and Timestamp operator families. */
public enum Ordering {
    EQUALS,
    LESS_THAN,
    GREATER_THAN,
    LESS_THAN_EQUALS,
    GREATER_THAN_EQUALS;

    /** @param comparison a {@code compareTo} result */
    boolean holds(int comparison) {
        switch (this) {
            case EQUALS:
                return comparison == 0;
            case LESS_THAN:
                return comparison < 0;
            case GREATER_THAN:
                return comparison > 0;
            case LESS_THAN_EQUALS:
                return comparison <= 0;
            default:
                return comparison >= 0;
        }
    }
}
