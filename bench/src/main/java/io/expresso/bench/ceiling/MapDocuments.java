package io.expresso.bench.ceiling;

import com.dslplatform.json.BoolConverter;
import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.NumberConverter;
import com.dslplatform.json.ObjectConverter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * dsl-json as a hand-written service uses it: one reader and one writer, reused; documents are
 * {@code LinkedHashMap}/{@code ArrayList} trees with integers as {@code Long}. Writing walks the
 * tree itself with dsl-json's writer primitives: dsl-json's own {@code Object} serializer cannot
 * write a list nested in a list without runtime reflection, and the walk is what a hand-written
 * service would do anyway.
 */
final class MapDocuments {

    private static final DslJson<Object> DSL = new DslJson<>(new DslJson.Settings<>());

    private final JsonReader<Object> reader = DSL.newReader(new byte[0]);
    private final JsonWriter writer = DSL.newWriter(1024);

    /** @return the JSON value in {@code bytes} */
    Object read(byte[] bytes) {
        try {
            reader.process(bytes, bytes.length);
            reader.getNextToken();
            return ObjectConverter.deserializeObject(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JSON value in {@code text} */
    Object read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return {@code value} as compact JSON bytes */
    byte[] write(Object value) {
        serialize(value);
        return writer.toByteArray();
    }

    /** @return {@code value} as compact JSON text */
    String writeString(Object value) {
        serialize(value);
        return writer.toString();
    }

    private void serialize(Object value) {
        writer.reset();
        writeValue(value);
    }

    private void writeValue(Object value) {
        if (value instanceof String) {
            writer.writeString((String) value);
        } else if (value instanceof Long) {
            NumberConverter.serialize((long) (Long) value, writer);
        } else if (value instanceof Map) {
            writeObject(object(value));
        } else if (value instanceof List) {
            writeArray(array(value));
        } else if (value instanceof Boolean) {
            BoolConverter.serialize((Boolean) value, writer);
        } else if (value == null) {
            writer.writeNull();
        } else {
            throw new IllegalArgumentException("Not a JSON value of the workloads: " + value.getClass());
        }
    }

    private void writeObject(Map<String, Object> object) {
        writer.writeByte(JsonWriter.OBJECT_START);
        boolean first = true;
        for (Map.Entry<String, Object> member : object.entrySet()) {
            if (!first) {
                writer.writeByte(JsonWriter.COMMA);
            }
            first = false;
            writer.writeString(member.getKey());
            writer.writeByte(JsonWriter.SEMI);
            writeValue(member.getValue());
        }
        writer.writeByte(JsonWriter.OBJECT_END);
    }

    private void writeArray(List<Object> array) {
        writer.writeByte(JsonWriter.ARRAY_START);
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                writer.writeByte(JsonWriter.COMMA);
            }
            writeValue(array.get(i));
        }
        writer.writeByte(JsonWriter.ARRAY_END);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value) {
        return (List<Object>) value;
    }

    static long integer(Object value) {
        return (Long) value;
    }
}
