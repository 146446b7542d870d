package io.expresso.codec.json;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@link Json} values as compact JSON text (no insignificant whitespace, keys in stored
 * order, strings escaped as Jackson does: {@code \" \\ \n \t \b \f \r}, other control characters as
 * upper-case {@code \}{@code u00XX}, everything else as UTF-8).
 *
 * <p>A serializer keeps a growing buffer and is not thread-safe: each thread owns one, or uses
 * the static helpers.
 */
public final class JsonSerializer {

    private static final DslJson<Object> DSL = new DslJson<>(new DslJson.Settings<>());
    private static final ThreadLocal<JsonSerializer> PER_THREAD = ThreadLocal.withInitial(JsonSerializer::new);

    private final JsonWriter writer = DSL.newWriter(512);

    public static byte[] toBytes(Json value) {
        return PER_THREAD.get().write(value);
    }

    public static String toCompactString(Json value) {
        JsonSerializer serializer = PER_THREAD.get();
        serializer.writer.reset();
        serializer.writeValue(value);
        return new String(serializer.writer.getByteBuffer(), 0, serializer.writer.size(), StandardCharsets.UTF_8);
    }

    /** @return the size in bytes of {@code value}'s compact JSON text */
    public static int sizeOf(Json value) {
        JsonSerializer serializer = PER_THREAD.get();
        serializer.writer.reset();
        serializer.writeValue(value);
        return serializer.writer.size();
    }

    /** @return the compact JSON text of {@code value} as UTF-8 bytes */
    public byte[] write(Json value) {
        writer.reset();
        writeValue(value);
        return writer.toByteArray();
    }

    /** Writes the compact JSON text of {@code value} to {@code out}. */
    public void write(Json value, OutputStream out) throws IOException {
        writer.reset();
        writeValue(value);
        writer.toStream(out);
    }

    private void writeValue(Json value) {
        if (value instanceof JsonObject) {
            writeObject((JsonObject) value);
        } else if (value instanceof JsonArray) {
            writeArray((JsonArray) value);
        } else if (value instanceof JsonString) {
            writer.writeString(((JsonString) value).value());
        } else if (value instanceof JsonNumber) {
            ((JsonNumber) value).writeTo(writer);
        } else if (value instanceof JsonBoolean) {
            writer.writeAscii(((JsonBoolean) value).value() ? "true" : "false");
        } else {
            writer.writeNull();
        }
    }

    private void writeObject(JsonObject object) {
        writer.writeByte(JsonWriter.OBJECT_START);
        for (int i = 0, n = object.size(); i < n; i++) {
            if (i > 0) {
                writer.writeByte(JsonWriter.COMMA);
            }
            writer.writeString(object.keyAt(i));
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
