package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * {@code States.MathRandom(start, end[, seed])}: an integer {@code n} with {@code start <= n < end}.
 * Bounds are truncated toward zero to 32-bit integers and must then satisfy {@code start < end}.
 *
 * <p>With a seed (truncated toward zero) the result is a pure function of
 * {@code (start, end, seed)}: a {@link Random} seeded with it draws once. AWS's generator is not
 * known, so seeded values are stable in Expresso but do not match AWS's.
 */
final class MathRandomCall extends IntrinsicCall {

    static final String NAME = "States.MathRandom";

    private final Operand start;
    private final Operand end;
    /** {@code null} when the call has no seed. */
    private final Operand seed;

    MathRandomCall(Operand start, Operand end, Operand seed) {
        super(NAME, false);
        this.start = start;
        this.end = end;
        this.seed = seed;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json low = start.evaluate(input, scope);
        if (low == null) {
            return null;
        }
        Json high = end.evaluate(input, scope);
        if (high == null) {
            return null;
        }
        Json seedValue = null;
        if (seed != null) {
            seedValue = seed.evaluate(input, scope);
            if (seedValue == null) {
                return null;
            }
            if (!(seedValue instanceof JsonNumber)) {
                return invalidArguments(scope);
            }
        }
        if (!(low instanceof JsonNumber) || !(high instanceof JsonNumber)) {
            return invalidArguments(scope);
        }
        long from = truncate((JsonNumber) low);
        long to = truncate((JsonNumber) high);
        if (!isInt(from) || !isInt(to) || from >= to) {
            return invalidArguments(scope);
        }
        RandomGenerator random = seedValue == null
                ? ThreadLocalRandom.current()
                : new Random(truncate((JsonNumber) seedValue));
        return JsonNumber.of(from + random.nextLong(to - from));
    }
}
