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

    /** @return the compact JSON text of this value, keys in stored order */
    @Override
    public final String toString() {
        return JsonSerializer.toCompactString(this);
    }
}
