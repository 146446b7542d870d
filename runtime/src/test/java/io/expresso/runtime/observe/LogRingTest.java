package io.expresso.runtime.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogRingTest {

    private static final ExecutionLog EXECUTION = new ExecutionLog(new LoggingConfiguration(LogLevel.ALL, true),
            "machine", "arn:aws:iam::123456789012:role/r", "us-east-1", 0, () -> "arn:execution");

    @Test
    void shouldDropAndCountInsteadOfBlockingWhenFull() {
        LogRing ring = new LogRing(4096);
        int accepted = 0;
        while (ring.offer(EventType.PassStateEntered, EXECUTION, accepted + 1, accepted, 0, 0, "S", null, null, null)) {
            accepted++;
        }
        assertTrue(accepted > 0);
        assertEquals(1, ring.dropped());
        for (int i = 0; i < 10; i++) {
            assertFalse(ring.offer(EventType.PassStateEntered, EXECUTION, 0, 0, 0, 0, "S", null, null, null));
        }
        assertEquals(11, ring.dropped());
        List<Integer> ids = new ArrayList<>();
        ring.drain((type, execution, id, previous, time, number, subject, data, error, cause) -> ids.add(id), 1_000_000);
        assertEquals(accepted, ids.size());
        assertTrue(ring.offer(EventType.PassStateEntered, EXECUTION, 1, 0, 0, 0, "S", null, null, null),
                "space is free again once drained");
    }

    @Test
    void shouldHandOverTheValuesAnEventShowsAndReleaseThem() {
        LogRing ring = new LogRing(4096);
        JsonString payload = JsonString.of("output");
        ring.offer(EventType.TaskFailed, EXECUTION, 7, 6, 123L, 0, "S", payload, "Boom", "bad");
        List<Object[]> seen = new ArrayList<>();
        ring.drain((type, execution, id, previous, time, number, subject, data, error, cause) ->
                seen.add(new Object[] {type, execution, id, previous, time, subject, data, error, cause}), 10);
        Object[] event = seen.get(0);
        assertEquals(EventType.TaskFailed, event[0]);
        assertSame(EXECUTION, event[1]);
        assertEquals(7, event[2]);
        assertEquals(6, event[3]);
        assertEquals(123L, event[4]);
        assertSame(payload, event[6]);
        assertEquals("Boom", event[7]);
        assertEquals("bad", event[8]);
        ring.drain((type, execution, id, previous, time, number, subject, data, error, cause) -> assertNull(data), 10);
    }
}
