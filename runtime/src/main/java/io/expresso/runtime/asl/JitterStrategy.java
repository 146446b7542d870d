package io.expresso.runtime.asl;

/** A retrier's {@code JitterStrategy}: {@link #FULL} randomises each delay in {@code [0, delay]}. */
public enum JitterStrategy {
    FULL,
    NONE
}
