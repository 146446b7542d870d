package io.expresso.runtime.observe;

import io.expresso.codec.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Every event of one execution, kept in memory for GetExecutionHistory (runs of STANDARD-typed
 * machines, which local tools poll). Filled on the execution's loop while it runs; read only after
 * the execution has ended, when the result that carries it is published.
 */
public final class ExecutionHistory {

    private final ExecutionLog context;
    private final List<HistoryEvent> events = new ArrayList<>();

    /** @param context the names the events show (role, region); execution data is always kept */
    public ExecutionHistory(ExecutionLog context) {
        this.context = context;
    }

    public void add(EventType type, int id, int previousId, long timestamp, int number, Object subject, Object data,
            String error, String cause) {
        events.add(new HistoryEvent(type, id, previousId, timestamp, number, subject, data, error, cause));
    }

    /** @return the events in the order they happened */
    public List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    /** @return the {@code details} of {@code event}, as a log record and GetExecutionHistory show them */
    public JsonObject details(HistoryEvent event) {
        return new LogRecordEncoder().details(event, context);
    }

    /** One event as it happened. */
    public static final class HistoryEvent {
        final EventType type;
        final int id;
        final int previousId;
        final long timestamp;
        final int number;
        final Object subject;
        final Object data;
        final String error;
        final String cause;

        HistoryEvent(EventType type, int id, int previousId, long timestamp, int number, Object subject, Object data,
                String error, String cause) {
            this.type = type;
            this.id = id;
            this.previousId = previousId;
            this.timestamp = timestamp;
            this.number = number;
            this.subject = subject;
            this.data = data;
            this.error = error;
            this.cause = cause;
        }

        public EventType type() {
            return type;
        }

        public int id() {
            return id;
        }

        public int previousId() {
            return previousId;
        }

        public long timestampMillis() {
            return timestamp;
        }
    }
}
