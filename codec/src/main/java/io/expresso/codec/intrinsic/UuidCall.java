package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.uuid.RandomUuids;

/**
 * {@code States.UUID()}: a new random version-4 UUID, lowercase with hyphens, on every evaluation.
 * It comes from the cryptographic generator, not a faster one, because workflows use these
 * values as unguessable identifiers.
 */
final class UuidCall extends IntrinsicCall {

    static final String NAME = "States.UUID";

    UuidCall() {
        super(NAME, true);
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        return JsonString.of(RandomUuids.unguessable());
    }
}
