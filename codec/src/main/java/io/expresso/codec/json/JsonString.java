package io.expresso.codec.json;

/** A JSON string. */
public final class JsonString extends Json {

    public static final JsonString EMPTY = new JsonString("");

    private final String value;

    private JsonString(String value) {
        this.value = value;
    }

    public static JsonString of(String value) {
        return value.isEmpty() ? EMPTY : new JsonString(value);
    }

    /** @return the decoded characters, without quotes or escapes */
    public String value() {
        return value;
    }

    @Override
    public Kind kind() {
        return Kind.STRING;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonString && ((JsonString) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
