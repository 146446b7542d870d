package io.expresso.codec.json;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.SerializationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@link Json} values as compact JSON text (no insignificant whitespace, keys in stored
 * order, strings escaped as Jackson does: {@code \" \\ \n \t \b \f \r}, other control characters as
 * upper-case {@code \}{@code u00XX}, an unpaired surrogate as upper-case {@code \}{@code uXXXX},
 * everything else as UTF-8).
 *
 * <p>A serializer keeps a growing buffer and is not thread-safe: each thread owns one, or uses
 * the static helpers.
 */
public final class JsonSerializer {

    private static final DslJson<Object> DSL = new DslJson<>(new DslJson.Settings<>());
    private static final ThreadLocal<JsonSerializer> PER_THREAD = ThreadLocal.withInitial(JsonSerializer::new);

    private final JsonWriter writer = DSL.newWriter(512);
    /** Set while a document holding an unpaired surrogate is written again; see {@link #writeDocument}. */
    private boolean escapeUnpairedSurrogates;
    /** Escapes the runs between unpaired surrogates; made on first need, which is rare. */
    private JsonWriter runWriter;
    /** Writes the documents that {@link JsonString#jsonTextOf} strings hold; made on first need. */
    private JsonSerializer nested;

    public static byte[] toBytes(Json value) {
        return PER_THREAD.get().write(value);
    }

    public static String toCompactString(Json value) {
        JsonSerializer serializer = PER_THREAD.get();
        serializer.writeDocument(value);
        return new String(serializer.writer.getByteBuffer(), 0, serializer.writer.size(), StandardCharsets.UTF_8);
    }

    /** @return the size in bytes of {@code value}'s compact JSON text */
    public static int sizeOf(Json value) {
        JsonSerializer serializer = PER_THREAD.get();
        serializer.writeDocument(value);
        return serializer.writer.size();
    }

    /**
     * @return this thread's serializer, for callers that copy a document out of its buffer
     *     themselves ({@link #serialize}, {@link #buffer}) instead of taking a new array
     */
    public static JsonSerializer forThisThread() {
        return PER_THREAD.get();
    }

    /**
     * Writes the compact JSON text of {@code value} into this serializer's buffer, replacing what
     * was there.
     *
     * @return the number of bytes written, from index 0 of {@link #buffer()}
     */
    public int serialize(Json value) {
        writeDocument(value);
        return writer.size();
    }

    /** @return the buffer that {@link #serialize} wrote into; valid until the next write */
    public byte[] buffer() {
        return writer.getByteBuffer();
    }

    /** @return the compact JSON text of {@code value} as UTF-8 bytes */
    public byte[] write(Json value) {
        writeDocument(value);
        return writer.toByteArray();
    }

    /** Writes the compact JSON text of {@code value} to {@code out}. */
    public void write(Json value, OutputStream out) throws IOException {
        writeDocument(value);
        writer.toStream(out);
    }

    /** Writes {@code value} into the emptied buffer. */
    private void writeDocument(Json value) {
        writer.reset();
        try {
            writeValue(value);
        } catch (SerializationException e) {
            // dsl-json refuses a string holding an unpaired surrogate. No parsed value has one but a
            // computed one may; rather than check every string up front, the rare document is
            // written again with those strings checked.
            writer.reset();
            escapeUnpairedSurrogates = true;
            try {
                writeValue(value);
            } finally {
                escapeUnpairedSurrogates = false;
            }
        }
    }

    private void writeString(String value) {
        if (escapeUnpairedSurrogates) {
            writeEscapingUnpairedSurrogates(value);
        } else {
            writer.writeString(value);
        }
    }

    private void writeEscapingUnpairedSurrogates(String value) {
        writer.writeByte(JsonWriter.QUOTE);
        int runStart = 0;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                writeRun(value, runStart, i);
                writer.writeAscii(String.format("\\u%04X", (int) c));
                runStart = i + 1;
            }
        }
        writeRun(value, runStart, value.length());
        writer.writeByte(JsonWriter.QUOTE);
    }

    /** Writes {@code value[from, to)} escaped as dsl-json escapes strings, without the quotes. */
    private void writeRun(String value, int from, int to) {
        if (from == to) {
            return;
        }
        if (runWriter == null) {
            runWriter = DSL.newWriter(64);
        }
        runWriter.reset();
        runWriter.writeString(value.substring(from, to));
        writer.writeRaw(runWriter.getByteBuffer(), 1, runWriter.size() - 2);
    }

    private void writeValue(Json value) {
        if (value instanceof JsonObject) {
            writeObject((JsonObject) value);
        } else if (value instanceof JsonArray) {
            writeArray((JsonArray) value);
        } else if (value instanceof JsonString) {
            JsonString string = (JsonString) value;
            Json text = string.jsonText();
            if (text == null) {
                writeString(string.value());
            } else {
                writeJsonText(text);
            }
        } else if (value instanceof JsonNumber) {
            ((JsonNumber) value).writeTo(writer);
        } else if (value instanceof JsonBoolean) {
            writer.writeAscii(((JsonBoolean) value).value() ? "true" : "false");
        } else {
            writer.writeNull();
        }
    }

    /**
     * Writes the compact JSON text of {@code value} as a quoted JSON string. Compact JSON text has
     * no control characters (strings inside it carry them escaped), so escaping it as a string
     * only doubles its quotes and backslashes; every other byte, UTF-8 included, is copied.
     */
    private void writeJsonText(Json value) {
        if (nested == null) {
            nested = new JsonSerializer();
        }
        nested.writeDocument(value);
        byte[] text = nested.writer.getByteBuffer();
        int end = nested.writer.size();
        writer.writeByte(JsonWriter.QUOTE);
        int runStart = 0;
        for (int i = 0; i < end; i++) {
            byte b = text[i];
            if (b == '"' || b == '\\') {
                writer.writeRaw(text, runStart, i - runStart);
                writer.writeByte((byte) '\\');
                runStart = i;
            }
        }
        writer.writeRaw(text, runStart, end - runStart);
        writer.writeByte(JsonWriter.QUOTE);
    }

    private void writeObject(JsonObject object) {
        writer.writeByte(JsonWriter.OBJECT_START);
        for (int i = 0, n = object.size(); i < n; i++) {
            if (i > 0) {
                writer.writeByte(JsonWriter.COMMA);
            }
            writeString(object.keyAt(i));
            writer.writeByte(JsonWriter.SEMI);
            writeValue(object.valueAt(i));
        }
        writer.writeByte(JsonWriter.OBJECT_END);
    }

    private void writeArray(JsonArray array) {
        writer.writeByte(JsonWriter.ARRAY_START);
        for (int i = 0, n = array.size(); i < n; i++) {
            if (i > 0) {
                writer.writeByte(JsonWriter.COMMA);
            }
            writeValue(array.get(i));
        }
        writer.writeByte(JsonWriter.ARRAY_END);
    }
}
