package io.expresso.runtime.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * HTTP header fields in the order they were written, a name as often as it occurs. Filled by its
 * maker, then only read; not safe to change while a request that carries it is in flight.
 */
public final class HttpFields {

    /** Names at even indexes, their values at the next odd one. */
    private String[] pairs;
    private int size;

    public HttpFields() {
        this(8);
    }

    /** @param expected how many fields to make room for */
    public HttpFields(int expected) {
        pairs = new String[Math.max(2, expected * 2)];
    }

    /**
     * Appends one field.
     *
     * @throws IllegalArgumentException when the name is not an HTTP token or the value holds a
     *     line break or NUL, which would let it forge other fields
     */
    public HttpFields add(String name, String value) {
        if (!HttpSyntax.isToken(name)) {
            throw new IllegalArgumentException("Invalid HTTP header name: '" + name + "'");
        }
        if (!HttpSyntax.isFieldValue(value)) {
            throw new IllegalArgumentException("Invalid value for HTTP header '" + name + "'");
        }
        return append(name, value);
    }

    /** Appends a field the decoder has already checked. */
    HttpFields append(String name, String value) {
        if (size * 2 == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size * 2] = name;
        pairs[size * 2 + 1] = value;
        size++;
        return this;
    }

    /** @return the number of fields */
    public int size() {
        return size;
    }

    /** @return the name of the field at {@code index}, as written */
    public String name(int index) {
        return pairs[checked(index) * 2];
    }

    /** @return the value of the field at {@code index} */
    public String value(int index) {
        return pairs[checked(index) * 2 + 1];
    }

    /** @return the first value of the field named {@code name} (case-insensitively), or {@code null} */
    public String first(String name) {
        for (int i = 0; i < size; i++) {
            if (pairs[i * 2].equalsIgnoreCase(name)) {
                return pairs[i * 2 + 1];
            }
        }
        return null;
    }

    /** @return every value of the field named {@code name} (case-insensitively), in order */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>(2);
        for (int i = 0; i < size; i++) {
            if (pairs[i * 2].equalsIgnoreCase(name)) {
                values.add(pairs[i * 2 + 1]);
            }
        }
        return values;
    }

    private int checked(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("field " + index + " of " + size);
        }
        return index;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < size; i++) {
            text.append(pairs[i * 2]).append(": ").append(pairs[i * 2 + 1]).append('\n');
        }
        return text.toString();
    }
}
