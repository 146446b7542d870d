package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;

/** {@code TimestampEquals}, … against a literal: both sides must be valid timestamps; compared as instants. */
public final class TimestampComparison extends Comparison {

    private final Ordering ordering;
    private final long operandEpochNanos;

    /** @param operandEpochNanos the literal, already parsed and validated at deploy */
    public TimestampComparison(PathExpression variable, Ordering ordering, long operandEpochNanos) {
        super(variable);
        this.ordering = ordering;
        this.operandEpochNanos = operandEpochNanos;
    }

    @Override
    int compare(Json value, Json input, EvalScope scope) {
        long nanos = Timestamps.epochNanos(value);
        return of(nanos != Long.MIN_VALUE && ordering.holds(Long.compare(nanos, operandEpochNanos)));
    }
}
