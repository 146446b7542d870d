package io.expresso.codec.json;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/** An immutable JSON array. */
public final class JsonArray extends Json {

    public static final JsonArray EMPTY = new JsonArray(new Json[0], 0);

    private final Json[] items;
    private final int size;
    /** See {@link #depth()}; read directly by {@link Json#containerDepth}. */
    final int depth;
    /** Memoized {@link #serializedSize()}; 0 until first asked. */
    private int bytes;

    private JsonArray(Json[] items, int size) {
        this.items = items;
        this.size = size;
        this.depth = containerDepth(items, size);
    }

    /** @return an array of {@code items}; the caller gives up the array, which must not change afterwards */
    public static JsonArray wrap(Json[] items) {
        return items.length == 0 ? EMPTY : new JsonArray(items, items.length);
    }

    public static JsonArray of(Json... items) {
        return wrap(items.clone());
    }

    public static JsonArray of(List<? extends Json> items) {
        return wrap(items.toArray(new Json[0]));
    }

    public int size() {
        return size;
    }

    /** Records the size the parser measured while reading the array. */
    void knownSize(int serializedSize) {
        bytes = serializedSize;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** @return the element at {@code index}, or {@code null} when out of range */
    public Json get(int index) {
        return index >= 0 && index < size ? items[index] : null;
    }

    /** @return a read-only list view */
    public List<Json> asList() {
        return new View();
    }

    @Override
    public int serializedSize() {
        int b = bytes;
        if (b == 0) {
            b = 2 + Math.max(0, size - 1);
            for (int i = 0; i < size; i++) {
                b += items[i].serializedSize();
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
        return Kind.ARRAY;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof JsonArray)) {
            return false;
        }
        JsonArray that = (JsonArray) other;
        return size == that.size && Arrays.equals(items, 0, size, that.items, 0, size);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < size; i++) {
            h = 31 * h + items[i].hashCode();
        }
        return h;
    }

    /** Collects elements, growing as needed, and hands its array to the result without copying. */
    public static final class Builder {
        private Json[] items;
        private int size;

        public Builder(int expected) {
            items = new Json[Math.max(expected, 4)];
        }

        public Builder add(Json value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
            return this;
        }

        public int size() {
            return size;
        }

        public JsonArray build() {
            if (size == 0) {
                return EMPTY;
            }
            JsonArray array = new JsonArray(items, size);
            items = null;
            return array;
        }
    }

    private final class View extends AbstractList<Json> implements RandomAccess {
        @Override
        public Json get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return items[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
