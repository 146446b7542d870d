package io.expresso.runtime.observe;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonWriter;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import java.nio.charset.StandardCharsets;

/**
 * Encodes one execution event as the line the logger writes: CloudWatch's log-event shape,
 * {@code {"logStreamName","timestamp","message"}}, whose {@code message} is AWS's record text
 * (docs/semantics/logging.md#record-format) — string-typed envelope fields, {@code details} keys in
 * alphabetical order as AWS writes them, payloads as JSON text in strings, truncated past 248 KiB.
 * Runs on the logger thread only.
 */
final class LogRecordEncoder {

    /** AWS truncates escaped payload text past about 248 KB (docs/semantics/logging.md#large-payloads). */
    static final int MAX_PAYLOAD_BYTES = 248 * 1024;

    private static final DslJson<Object> DSL = new DslJson<>(new DslJson.Settings<>());

    private final JsonWriter record = DSL.newWriter(1024);
    private final JsonWriter line = DSL.newWriter(1024);
    private final JsonSerializer serializer = new JsonSerializer();
    private boolean firstDetail;
    private Object lastData;
    private String lastText;

    /** @return the line's bytes, without the newline; valid until the next call */
    JsonWriter encode(EventType type, ExecutionLog execution, int eventId, int previousId, long timestamp, int number,
            Object subject, Object data, String error, String cause) {
        record.reset();
        record.writeAscii("{\"id\":\"");
        record.writeAscii(Integer.toString(eventId));
        record.writeAscii("\",\"type\":\"");
        record.writeAscii(type.name());
        record.writeAscii("\",\"details\":{");
        firstDetail = true;
        details(type, execution, number, subject, data, error, cause);
        record.writeAscii("},\"previous_event_id\":\"");
        record.writeAscii(Integer.toString(previousId));
        record.writeAscii("\",\"event_timestamp\":\"");
        record.writeAscii(Long.toString(timestamp));
        record.writeAscii("\",\"execution_arn\":");
        record.writeString(execution.executionArn());
        record.writeAscii(",\"redrive_count\":\"0\"}");
        return envelope(execution.streamName(), timestamp,
                new String(record.getByteBuffer(), 0, record.size(), StandardCharsets.UTF_8));
    }

    /** @return an event's {@code details} object, for GetExecutionHistory */
    JsonObject details(ExecutionHistory.HistoryEvent event, ExecutionLog execution) {
        record.reset();
        record.writeByte(JsonWriter.OBJECT_START);
        firstDetail = true;
        details(event.type, execution, event.number, event.subject, event.data, event.error, event.cause);
        record.writeByte(JsonWriter.OBJECT_END);
        return (JsonObject) new JsonParser().read(record.getByteBuffer(), record.size());
    }

    /** Wraps a message (a record, or an EMF line) in a log event of {@code streamName}. */
    JsonWriter envelope(String streamName, long timestamp, String message) {
        line.reset();
        line.writeAscii("{\"logStreamName\":");
        line.writeString(streamName);
        line.writeAscii(",\"timestamp\":");
        line.writeAscii(Long.toString(timestamp));
        line.writeAscii(",\"message\":");
        line.writeString(message);
        line.writeByte(JsonWriter.OBJECT_END);
        return line;
    }

    private void details(EventType type, ExecutionLog execution, int number, Object subject, Object data,
            String error, String cause) {
        boolean withData = execution.includeExecutionData();
        switch (type) {
            case ExecutionStarted:
                payload("input", data, withData);
                text("roleArn", execution.roleArn());
                return;
            case ExecutionSucceeded:
            case LambdaFunctionSucceeded:
                payload("output", data, withData);
                return;
            case ExecutionFailed:
            case ExecutionTimedOut:
            case ExecutionAborted:
            case LambdaFunctionFailed:
            case LambdaFunctionTimedOut:
                text("cause", cause);
                text("error", error);
                return;
            case TaskScheduled:
                payload("parameters", data, withData);
                text("region", execution.region());
                resource(subject);
                return;
            case TaskStarted:
                resource(subject);
                return;
            case TaskSucceeded:
                payload("output", data, withData);
                resource(subject);
                return;
            case TaskFailed:
            case TaskTimedOut:
                text("cause", cause);
                text("error", error);
                resource(subject);
                return;
            case LambdaFunctionScheduled:
                payload("input", data, withData);
                text("resource", (String) subject);
                return;
            case MapStateStarted:
                number("length", number);
                return;
            case MapIterationStarted:
            case MapIterationSucceeded:
            case MapIterationFailed:
            case MapIterationAborted:
                number("index", number);
                text("name", (String) subject);
                return;
            default:
                if (type.name().endsWith("StateEntered")) {
                    payload("input", data, withData);
                    text("name", (String) subject);
                } else if (type.name().endsWith("StateExited")) {
                    text("name", (String) subject);
                    payload("output", data, withData);
                }
        }
    }

    private void resource(Object subject) {
        TaskResourceName name = (TaskResourceName) subject;
        text("resource", name.resource());
        text("resourceType", name.resourceType());
    }

    private void key(String name) {
        if (!firstDetail) {
            record.writeByte(JsonWriter.COMMA);
        }
        firstDetail = false;
        record.writeByte(JsonWriter.QUOTE);
        record.writeAscii(name);
        record.writeAscii("\":");
    }

    /** Absent values are left out, as AWS leaves out an error or cause it does not have. */
    private void text(String name, String value) {
        if (value != null) {
            key(name);
            record.writeString(value);
        }
    }

    private void number(String name, int value) {
        key(name);
        record.writeAscii(Integer.toString(value));
    }

    /** {@code <name>} as JSON text in a string, and for input and output a {@code <name>Details} saying whether it was cut. */
    private void payload(String name, Object data, boolean withData) {
        if (!withData || data == null) {
            return;
        }
        String text = textOf(data);
        boolean truncated = false;
        if (text.length() > MAX_PAYLOAD_BYTES / 6 && escapedLength(text) > MAX_PAYLOAD_BYTES) {
            text = truncate(text);
            truncated = true;
        }
        key(name);
        record.writeString(text);
        // input and output have a Details companion; TaskScheduled's parameters has none.
        if (!"parameters".equals(name)) {
            key(name + "Details");
            record.writeAscii(truncated ? "{\"truncated\":true}" : "{\"truncated\":false}");
        }
    }

    /**
     * @return the JSON text of a payload; a state's output is usually the next state's input, the
     *     same immutable value, so the last text is kept and reused
     */
    private String textOf(Object data) {
        if (data != lastData) {
            lastText = data instanceof Json ? new String(serializer.write((Json) data), StandardCharsets.UTF_8) : data.toString();
            lastData = data;
        }
        return lastText;
    }

    /** @return the longest prefix whose escaped form fits {@link #MAX_PAYLOAD_BYTES}, not splitting a surrogate pair */
    private static String truncate(String text) {
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (escapedLength(text.substring(0, middle)) <= MAX_PAYLOAD_BYTES) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        if (fits > 0 && Character.isHighSurrogate(text.charAt(fits - 1))) {
            fits--;
        }
        return text.substring(0, fits);
    }

    /** @return the bytes of {@code text} inside a JSON string, quotes excluded */
    private static int escapedLength(String text) {
        return JsonString.quotedLength(text) - 2;
    }
}
