package io.expresso.runtime.choice;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNull;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;

/** {@code IsNull}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean}, {@code IsTimestamp}: true when the test's truth equals the operand. */
public final class TypeTest extends Comparison {

    /** The type tests that need their variable to exist ({@code IsPresent} is {@link PresenceTest}). */
    public enum Kind { NULL, NUMERIC, STRING, BOOLEAN, TIMESTAMP }

    private final Kind kind;
    private final boolean expected;

    public TypeTest(PathExpression variable, Kind kind, boolean expected) {
        super(variable);
        this.kind = kind;
        this.expected = expected;
    }

    @Override
    int compare(Json value, Json input, EvalScope scope) {
        boolean is;
        switch (kind) {
            case NULL:
                is = value == JsonNull.NULL;
                break;
            case NUMERIC:
                is = value instanceof JsonNumber;
                break;
            case STRING:
                is = value instanceof JsonString;
                break;
            case BOOLEAN:
                is = value instanceof JsonBoolean;
                break;
            default:
                is = Timestamps.instant(value) != null;
                break;
        }
        return of(is == expected);
    }
}
