package io.expresso.codec.json;

import java.util.Arrays;

/**
 * An immutable JSON object that keeps its keys in insertion order.
 *
 * <p>Small objects (up to {@value #LINEAR_LIMIT} keys, the usual case for workflow data) are
 * searched linearly: a key that was compiled once compares by identity or by its cached
 * {@link String#hashCode()} first, so no string is hashed per lookup. Larger objects carry an
 * open-addressing index built once, when the object is built.
 */
public final class JsonObject extends Json {

    static final int LINEAR_LIMIT = 8;

    /**
     * Probes allowed per key while building a slot table, on average; a table at most half full
     * needs fewer than two for keys whose hashes spread, so only colliding keys run out.
     */
    private static final int PROBES_PER_KEY = 8;

    public static final JsonObject EMPTY = new JsonObject(new String[0], new Json[0], 0, null);

    private final String[] keys;
    private final Json[] values;
    private final int size;
    /**
     * Index for objects over {@link #LINEAR_LIMIT} keys: a slot table (entry index + 1, 0 for
     * empty) or, for keys whose hashes collide, positions in sorted order (see {@link #buildIndex}).
     */
    private final int[] index;
    /** See {@link #depth()}; read directly by {@link Json#containerDepth}. */
    final int depth;
    /** Memoized {@link #serializedSize()}; 0 until first asked. */
    private int bytes;
    /** The bytes of the quoted keys, known in advance for objects of a {@link Shape}; 0 when not. */
    private int keysBytes;

    private JsonObject(String[] keys, Json[] values, int size, int[] index) {
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.index = index;
        this.depth = containerDepth(values, size);
    }

    public static Builder builder(int expected) {
        return new Builder(expected);
    }

    /**
     * @return an object with {@code shape}'s keys and {@code values} in the same order; the caller
     *     gives up {@code values}, which must not change afterwards
     */
    public static JsonObject of(Shape shape, Json[] values) {
        if (values.length != shape.keys.length) {
            throw new IllegalArgumentException("expected " + shape.keys.length + " values, got " + values.length);
        }
        JsonObject object = new JsonObject(shape.keys, values, values.length, shape.index);
        object.keysBytes = shape.keysBytes;
        return object;
    }

    /** @return a one-member object */
    public static JsonObject of(String key, Json value) {
        return new JsonObject(new String[] {key}, new Json[] {value}, 1, null);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public String keyAt(int i) {
        return keys[i];
    }

    public Json valueAt(int i) {
        return values[i];
    }

    /** @return the value under {@code key}, or {@code null} when absent */
    public Json get(String key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    /** Records the size the parser measured while reading the object. */
    void knownSize(int serializedSize) {
        bytes = serializedSize;
    }

    /** @return the position of {@code key}, or -1 when absent */
    public int indexOf(String key) {
        if (index != null) {
            return probe(index, keys, size, key);
        }
        int hash = key.hashCode();
        String[] ks = keys;
        for (int i = 0; i < size; i++) {
            String k = ks[i];
            if (k == key || (k.hashCode() == hash && k.equals(key))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns an object with {@code key} set to {@code value}: an existing key keeps its position,
     * a new key goes last. Only this object's member arrays are copied; the values are shared.
     */
    public JsonObject with(String key, Json value) {
        int i = indexOf(key);
        JsonObject result;
        int known = bytes;
        if (i >= 0) {
            Json[] vs = Arrays.copyOf(values, size);
            vs[i] = value;
            result = new JsonObject(keys, vs, size, index);
            if (known != 0) {
                // Only the replaced member changed: measure the new value, not the whole object again.
                result.bytes = known - values[i].serializedSize() + value.serializedSize();
            }
            return result;
        }
        String[] ks = Arrays.copyOf(keys, size + 1);
        Json[] vs = Arrays.copyOf(values, size + 1);
        ks[size] = key;
        vs[size] = value;
        result = create(ks, vs, size + 1);
        if (known != 0) {
            result.bytes = known + (size == 0 ? 0 : 1) + JsonString.quotedLength(key) + 1 + value.serializedSize();
        }
        return result;
    }

    private static JsonObject create(String[] keys, Json[] values, int size) {
        int[] index = size > LINEAR_LIMIT ? buildIndex(keys, size) : null;
        return new JsonObject(keys, values, size, index);
    }

    /**
     * @return the lookup index, or {@code null} if two keys are equal. Normally an open-addressing
     *     table. Keys can be chosen so that their {@link String#hashCode()}s all collide (the hash
     *     is public), which would make building that table quadratic; when probing exceeds a
     *     linear budget, the index is instead the members' positions sorted by hash and then by
     *     key, searched by bisection: {@code O(n log n)} to build whatever the keys.
     */
    private static int[] buildIndex(String[] keys, int size) {
        int[] table = new int[Integer.highestOneBit(size * 2 - 1) << 1];
        int mask = table.length - 1;
        int budget = PROBES_PER_KEY * size;
        for (int i = 0; i < size; i++) {
            String key = keys[i];
            int slot = spread(key.hashCode()) & mask;
            while (table[slot] != 0) {
                if (keys[table[slot] - 1].equals(key)) {
                    return null;
                }
                if (--budget < 0) {
                    return buildSortedIndex(keys, size);
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        return table;
    }

    /**
     * @return positions sorted by {@link #compareKeys}, in an array of odd length (a spare last
     *     entry when {@code size} is even), which tells it from a power-of-two slot table; or
     *     {@code null} if two keys are equal
     */
    private static int[] buildSortedIndex(String[] keys, int size) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> compareKeys(keys[a], keys[b]));
        int[] sorted = new int[size | 1];
        for (int i = 0; i < size; i++) {
            sorted[i] = order[i];
            if (i > 0 && keys[sorted[i]].equals(keys[sorted[i - 1]])) {
                return null;
            }
        }
        return sorted;
    }

    private static int compareKeys(String a, String b) {
        int byHash = Integer.compare(a.hashCode(), b.hashCode());
        return byHash != 0 ? byHash : a.compareTo(b);
    }

    private static int probe(int[] table, String[] keys, int size, String key) {
        if ((table.length & 1) != 0) {
            return bisect(table, keys, size, key);
        }
        int mask = table.length - 1;
        int slot = spread(key.hashCode()) & mask;
        int entry;
        while ((entry = table[slot]) != 0) {
            String k = keys[entry - 1];
            if (k == key || k.equals(key)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int bisect(int[] sorted, String[] keys, int size, String key) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int position = sorted[mid];
            int order = compareKeys(keys[position], key);
            if (order == 0) {
                return position;
            }
            if (order < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public int serializedSize() {
        int b = bytes;
        if (b == 0) {
            b = 2 + Math.max(0, size - 1) + size;
            if (keysBytes != 0) {
                b += keysBytes;
                for (int i = 0; i < size; i++) {
                    b += values[i].serializedSize();
                }
            } else {
                for (int i = 0; i < size; i++) {
                    b += JsonString.quotedLength(keys[i]) + values[i].serializedSize();
                }
            }
            bytes = b;
        }
        return b;
    }

    @Override
    public int depth() {
        return depth;
    }

    @Override
    public Kind kind() {
        return Kind.OBJECT;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof JsonObject)) {
            return false;
        }
        JsonObject that = (JsonObject) other;
        if (size != that.size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            Json theirs = that.get(keys[i]);
            if (theirs == null || !theirs.equals(values[i])) {
                return false;
            }
        }
        return true;
    }

    /** Order-independent, to agree with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < size; i++) {
            h += keys[i].hashCode() ^ values[i].hashCode();
        }
        return h;
    }

    /**
     * A fixed list of distinct keys, with its lookup index built once, shared by every object made
     * from it: a compiled payload template produces objects of one shape and allocates only values.
     */
    public static final class Shape {
        private final String[] keys;
        private final int[] index;
        private final int keysBytes;

        private Shape(String[] keys, int[] index) {
            this.keys = keys;
            this.index = index;
            int total = 0;
            for (String key : keys) {
                total += JsonString.quotedLength(key);
            }
            this.keysBytes = total;
        }

        /** @throws IllegalArgumentException if a key appears twice */
        public static Shape of(String... keys) {
            String[] copy = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                // Interned, as compiled path names are, so reading a member of a templated object compares by identity.
                copy[i] = keys[i].intern();
            }
            Builder check = new Builder(copy.length);
            for (String key : copy) {
                check.add(key, JsonNull.NULL);
            }
            if (check.buildIfDistinct() == null) {
                throw new IllegalArgumentException("duplicate key '" + check.keyAt(check.firstRepeatedKey()) + "'");
            }
            return new Shape(copy, copy.length > LINEAR_LIMIT ? buildIndex(copy, copy.length) : null);
        }

        public int size() {
            return keys.length;
        }

        public String keyAt(int i) {
            return keys[i];
        }
    }

    /** Collects members in order and hands its arrays to the result without copying. */
    public static final class Builder {
        private String[] keys;
        private Json[] values;
        private int size;

        Builder(int expected) {
            int capacity = Math.max(expected, 4);
            keys = new String[capacity];
            values = new Json[capacity];
        }

        /** Appends a member; the caller guarantees {@code key} is not already present ({@link #put} checks). */
        public Builder add(String key, Json value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            size++;
            return this;
        }

        /** Sets a member: an existing key keeps its position and takes the new value. */
        public Builder put(String key, Json value) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    values[i] = value;
                    return this;
                }
            }
            return add(key, value);
        }

        public int size() {
            return size;
        }

        /** @return the object; every key must be distinct */
        public JsonObject build() {
            if (size == 0) {
                return EMPTY;
            }
            JsonObject object = create(keys, values, size);
            keys = null;
            values = null;
            return object;
        }

        /**
         * @return the object, or {@code null} when some key appears twice (the parser's check,
         *     done while building the index that large objects need anyway)
         */
        JsonObject buildIfDistinct() {
            if (size > LINEAR_LIMIT) {
                int[] index = buildIndex(keys, size);
                return index == null ? null : new JsonObject(keys, values, size, index);
            }
            for (int i = 1; i < size; i++) {
                String key = keys[i];
                int hash = key.hashCode();
                for (int j = 0; j < i; j++) {
                    if (keys[j].hashCode() == hash && keys[j].equals(key)) {
                        return null;
                    }
                }
            }
            return size == 0 ? EMPTY : new JsonObject(keys, values, size, null);
        }

        /** @return the position of the first key that repeats an earlier one, or -1, for an error message */
        int firstRepeatedKey() {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < size; i++) {
                if (!seen.add(keys[i])) {
                    return i;
                }
            }
            return -1;
        }

        String keyAt(int i) {
            return keys[i];
        }
    }
}
