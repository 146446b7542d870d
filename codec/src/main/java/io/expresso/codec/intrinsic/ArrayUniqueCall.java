package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import java.util.Arrays;
import java.util.HashSet;

/**
 * {@code States.ArrayUnique(array)}: the array without duplicates, in the order AWS returns it.
 *
 * <p>AWS's order is not first-seen ({@code [true,false]} comes back {@code [false,true]}): every
 * observation is the iteration order of {@code new HashSet<>(elements)} over Jackson nodes. Rather
 * than re-derive {@link HashSet}'s bucket layout, resizing and tree bins, this builds that very
 * set over keys that hash and compare as Jackson's nodes do ({@link JacksonNodeKey}). The function
 * is rare enough that the set's allocation does not matter.
 */
final class ArrayUniqueCall extends IntrinsicCall {

    static final String NAME = "States.ArrayUnique";

    private final Operand array;

    ArrayUniqueCall(Operand array) {
        super(NAME, false);
        this.array = array;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json items = array.evaluate(input, scope);
        if (items == null) {
            return null;
        }
        if (!(items instanceof JsonArray)) {
            return invalidArguments(scope);
        }
        JsonArray elements = (JsonArray) items;
        JacksonNodeKey[] keys = new JacksonNodeKey[elements.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new JacksonNodeKey(elements.get(i));
        }
        // Built from the whole list, duplicates included, because the list's size sets the table size.
        HashSet<JacksonNodeKey> unique = new HashSet<>(Arrays.asList(keys));
        Json[] result = new Json[unique.size()];
        int i = 0;
        for (JacksonNodeKey key : unique) {
            result[i++] = key.value();
        }
        return JsonArray.wrap(result);
    }
}
