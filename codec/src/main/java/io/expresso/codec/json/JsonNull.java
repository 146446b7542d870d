package io.expresso.codec.json;

/** The JSON {@code null}; there is exactly one instance. */
public final class JsonNull extends Json {

    public static final JsonNull NULL = new JsonNull();

    private JsonNull() {
    }

    @Override
    public int serializedSize() {
        return 4;
    }

    @Override
    public Kind kind() {
        return Kind.NULL;
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
