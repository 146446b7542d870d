package io.expresso.codec.json;

/**
 * An immutable JSON value.
 *
 * <p>Values are trees that share structure: a value may be a child of many parents, so nothing
 * ever mutates one after construction. Equality is JSON equality: objects compare as unordered
 * key sets, arrays in order, and numbers by numeric value ({@code 1.0} equals {@code 1}).
 * {@link #toString()} gives the compact JSON text.
 */
public abstract sealed class Json permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /**
     * The deepest nesting of objects and arrays a value may have, the parser's limit too: a value
     * built at run time that would nest deeper is refused where it is built, so every recursive walk
     * over values (serializing, measuring, comparing, hashing, path evaluation) has a bounded depth.
     */
    public static final int MAX_DEPTH = 1000;

    /** The six kinds of JSON value. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    Json() {
    }

    /** @return which of the six kinds this value is */
    public abstract Kind kind();

    public final boolean isObject() {
        return this instanceof JsonObject;
    }

    public final boolean isArray() {
        return this instanceof JsonArray;
    }

    public final boolean isString() {
        return this instanceof JsonString;
    }

    public final boolean isNumber() {
        return this instanceof JsonNumber;
    }

    public final boolean isBoolean() {
        return this instanceof JsonBoolean;
    }

    public final boolean isNull() {
        return this == JsonNull.NULL;
    }

    /**
     * @return the length in bytes of this value's compact UTF-8 JSON text, as
     *     {@link JsonSerializer} writes it; objects, arrays and strings remember it, so a value
     *     built from shared parts only measures its new parts
     */
    public abstract int serializedSize();

    /**
     * @return how many levels of objects and arrays this value nests: 0 for a scalar, 1 for an
     *     object or array of scalars (or an empty one); containers work it out once, when built
     */
    public int depth() {
        return 0;
    }

    /** @return whether this value nests deeper than {@link #MAX_DEPTH} */
    public final boolean isTooDeep() {
        return depth() > MAX_DEPTH;
    }

    /** @return the depth of a container holding {@code values[0, size)} */
    static int containerDepth(Json[] values, int size) {
        int deepest = 0;
        for (int i = 0; i < size; i++) {
            Json value = values[i];
            // Type checks rather than a virtual call: scalars, the common children, need no dispatch.
            int depth = value instanceof JsonObject ? ((JsonObject) value).depth
                    : value instanceof JsonArray ? ((JsonArray) value).depth : 0;
            deepest = Math.max(deepest, depth);
        }
        return deepest + 1;
    }

    /** @return the compact JSON text of this value, keys in stored order */
    @Override
    public final String toString() {
        return JsonSerializer.toCompactString(this);
    }
}
