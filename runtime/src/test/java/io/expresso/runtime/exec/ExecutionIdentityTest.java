package io.expresso.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ExecutionIdentityTest {

    private static final String PREFIX = "arn:aws:states:us-east-1:123456789012:express:orders:";
    private static final int READERS = 4;

    @Test
    void shouldGiveEveryThreadTheSameArnWhenSeveralReadItFirstAtOnce() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            for (int round = 0; round < 500; round++) {
                ExecutionIdentity identity = new ExecutionIdentity(PREFIX, null, null);
                CyclicBarrier together = new CyclicBarrier(READERS);
                List<Future<String>> arns = new ArrayList<>();
                for (int i = 0; i < READERS; i++) {
                    arns.add(readers.submit(() -> {
                        together.await();
                        return identity.arn();
                    }));
                }
                Set<String> seen = new HashSet<>();
                for (Future<String> arn : arns) {
                    seen.add(arn.get());
                }
                assertEquals(Set.of(identity.arn()), seen);
                assertTrue(identity.arn().startsWith(PREFIX + identity.name() + ":"), identity.arn());
                assertTrue(identity.hasArn(identity.arn()));
            }
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void shouldKeepTheNameAndArnGiven() {
        ExecutionIdentity identity = new ExecutionIdentity(PREFIX, "given", PREFIX + "given:id");
        assertEquals("given", identity.name());
        assertEquals(PREFIX + "given:id", identity.arn());
        assertTrue(identity.hasArn(PREFIX + "given:id"));
    }
}
