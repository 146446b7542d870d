package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;
import java.time.Instant;

/** {@code TimestampEquals}, … against a literal: both sides must be valid timestamps; compared as instants. */
public final class TimestampComparison extends Comparison {

    private final Ordering ordering;
    private final Instant operand;

    /** @param operand the literal, already parsed and validated at deploy */
    public TimestampComparison(PathExpression variable, Ordering ordering, Instant operand) {
        super(variable);
        this.ordering = ordering;
        this.operand = operand;
    }

    @Override
    int compare(Json value, Json input, EvalScope scope) {
        Instant instant = Timestamps.instant(value);
        return of(instant != null && ordering.holds(instant.compareTo(operand)));
    }
}
