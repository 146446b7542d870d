package io.expresso.codec.json;

/** A JSON string. */
public final class JsonString extends Json {

    public static final JsonString EMPTY = new JsonString("");

    /** The characters; for a string made by {@link #jsonTextOf}, {@code null} until first asked for. */
    private String value;
    /** Memoized {@link #serializedSize()}; 0 until first asked (a written string is never shorter than 2). */
    private int size;
    /** For a string made by {@link #jsonTextOf}: the value whose compact JSON text this string holds. */
    private final Json jsonText;

    private JsonString(String value) {
        this.value = value;
        this.jsonText = null;
    }

    private JsonString(Json jsonText) {
        this.jsonText = jsonText;
    }

    /** A parsed string whose serialized size the parser already knows ({@code size} 0 when it does not). */
    static JsonString parsed(String value, int size) {
        if (value.isEmpty()) {
            return EMPTY;
        }
        JsonString string = new JsonString(value);
        string.size = size;
        return string;
    }

    public static JsonString of(String value) {
        return value.isEmpty() ? EMPTY : new JsonString(value);
    }

    /**
     * A string whose characters are the compact JSON text of {@code value}, as APIs that carry a
     * document inside a string member want it ({@code "output":"{\"a\":1}"}). The serializer
     * writes it from {@code value} straight into its escaped form, without making the text first;
     * {@link #value()} makes the text only when asked.
     */
    public static JsonString jsonTextOf(Json value) {
        return new JsonString(value);
    }

    /** @return the decoded characters, without quotes or escapes */
    public String value() {
        String v = value;
        if (v == null) {
            // Racing threads compute equal strings, and a String is safe to publish without a barrier.
            v = JsonSerializer.toCompactString(jsonText);
            value = v;
        }
        return v;
    }

    /** @return the value whose JSON text this string holds (see {@link #jsonTextOf}), or {@code null} */
    Json jsonText() {
        return jsonText;
    }

    @Override
    public int serializedSize() {
        int s = size;
        if (s == 0) {
            s = quotedLength(value());
            size = s;
        }
        return s;
    }

    /** @return the bytes of {@code text} written as a quoted, escaped UTF-8 JSON string */
    public static int quotedLength(String text) {
        int length = 2;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                length += c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f' ? 2 : 6;
            } else if (c == '"' || c == '\\') {
                length += 2;
            } else if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    length += 4;
                    i++;
                } else {
                    length += 6; // written as an escape, as the serializer does for an unpaired surrogate
                }
            } else {
                length += 3;
            }
        }
        return length;
    }

    @Override
    public Kind kind() {
        return Kind.STRING;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonString && ((JsonString) other).value().equals(value());
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }
}
