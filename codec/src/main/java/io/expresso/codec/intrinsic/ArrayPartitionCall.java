package io.expresso.codec.intrinsic;

import io.expresso.codec.error.AslError;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonNumber;

/**
 * {@code States.ArrayPartition(array, size)}: consecutive chunks of {@code size} elements, the last
 * holding the remainder. The size is truncated toward zero and must then be at least 1.
 */
final class ArrayPartitionCall extends IntrinsicCall {

    static final String NAME = "States.ArrayPartition";

    private final Operand array;
    private final Operand size;

    ArrayPartitionCall(Operand array, Operand size) {
        super(NAME, false);
        this.array = array;
        this.size = size;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json items = array.evaluate(input, scope);
        if (items == null) {
            return null;
        }
        Json chunk = size.evaluate(input, scope);
        if (chunk == null) {
            return null;
        }
        if (!(items instanceof JsonArray) || !(chunk instanceof JsonNumber)) {
            return invalidArguments(scope);
        }
        long chunkSize = truncate((JsonNumber) chunk);
        if (chunkSize < 1) {
            return invalidArguments(scope);
        }
        JsonArray chunks = partition((JsonArray) items, chunkSize);
        return chunks.isTooDeep() ? scope.fail(AslError.tooDeep()) : chunks;
    }

    private static JsonArray partition(JsonArray items, long requestedSize) {
        int length = items.size();
        // A size past the length means one chunk; capping it keeps the arithmetic below in range.
        long chunkSize = Math.min(requestedSize, Math.max(length, 1));
        int chunks = (int) ((length + chunkSize - 1) / chunkSize);
        Json[] result = new Json[chunks];
        for (int c = 0; c < chunks; c++) {
            int from = (int) (c * chunkSize);
            int to = (int) Math.min(length, from + chunkSize);
            Json[] chunk = new Json[to - from];
            for (int i = from; i < to; i++) {
                chunk[i - from] = items.get(i);
            }
            result[c] = JsonArray.wrap(chunk);
        }
        return JsonArray.wrap(result);
    }
}
