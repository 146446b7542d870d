package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code States.ArrayUnique(array)}: the array without duplicates, in the order AWS returns it.
 *
 * <p>AWS's order is not first-seen ({@code [true,false]} comes back {@code [false,true]}): every
 * observation is the iteration order of {@code new HashSet<>(elements)} over Jackson nodes. Rather
 * than re-derive {@link HashSet}'s bucket layout, resizing and tree bins, this builds that very
 * set over keys that hash and compare as Jackson's nodes do ({@link JacksonNodeKey}). The function
 * is rare enough that the set's allocation does not matter.
 *
 * <p>Jackson's hashes are easy to make collide ({@code "Aa"} and {@code "BB"}), and a hash set
 * compares colliding keys one by one, so thousands of distinct colliding elements would cost
 * quadratic time. When many elements share one hash, duplicates are first removed by a canonical
 * text (collisions among {@link String}s cost a hash set only logarithmic time); if distinct
 * elements still crowd one hash, they keep the order they first appear in (our choice: such
 * arrays are hostile, and AWS's order for them is not recorded).
 */
final class ArrayUniqueCall extends IntrinsicCall {

    static final String NAME = "States.ArrayUnique";

    /** Keys sharing one hash that a hash set may compare one by one at little cost. */
    private static final int CROWD = 64;

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
        List<JacksonNodeKey> keys = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            keys.add(new JacksonNodeKey(elements.get(i)));
        }
        if (!crowded(keys)) {
            // Built from the whole list, duplicates included, because the list's size sets the table size.
            return toArray(new HashSet<>(keys));
        }
        Map<String, JacksonNodeKey> distinct = new LinkedHashMap<>();
        for (JacksonNodeKey key : keys) {
            distinct.putIfAbsent(key.canonicalText(), key);
        }
        if (crowded(distinct.values())) {
            return toArray(distinct.values());
        }
        // The very set the whole list would have built: the same table size, the same distinct keys in the same order.
        Set<JacksonNodeKey> unique = new HashSet<>(Math.max((int) (keys.size() / .75f) + 1, 16));
        unique.addAll(distinct.values());
        return toArray(unique);
    }

    /** @return whether more than {@link #CROWD} keys share one hash */
    private static boolean crowded(Collection<JacksonNodeKey> keys) {
        if (keys.size() <= CROWD) {
            return false;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (JacksonNodeKey key : keys) {
            if (counts.merge(key.hashCode(), 1, Integer::sum) > CROWD) {
                return true;
            }
        }
        return false;
    }

    private static JsonArray toArray(Collection<JacksonNodeKey> keys) {
        Json[] result = new Json[keys.size()];
        int i = 0;
        for (JacksonNodeKey key : keys) {
            result[i++] = key.value();
        }
        return JsonArray.wrap(result);
    }
}
