package io.expresso.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading JMH's JSON result file, in the shapes JMH writes it. */
final class JmhResultTest {

    private static final String RESULTS = "[\n"
        + "  {\n"
        + "    \"jmhVersion\" : \"1.37\", \"benchmark\" : \"a.B.fast\", \"mode\" : \"avgt\", \"threads\" : 1, \"forks\" : 1,\n"
        + "    \"jvm\" : \"/jdk/bin/java\", \"jvmArgs\" : [ \"-Xmx1g\", \"-Dx=y\" ], \"jdkVersion\" : \"17.0.15\",\n"
        + "    \"vmName\" : \"OpenJDK 64-Bit Server VM\", \"vmVersion\" : \"17.0.15+6\",\n"
        + "    \"warmupIterations\" : 2, \"warmupTime\" : \"1 s\", \"measurementIterations\" : 1, \"measurementTime\" : \"1 s\",\n"
        + "    \"params\" : { \"document\" : \"small.json\" },\n"
        + "    \"primaryMetric\" : { \"score\" : 1.5E3, \"scoreError\" : \"NaN\", \"scoreUnit\" : \"us/op\" },\n"
        + "    \"secondaryMetrics\" : { \"\u00b7gc.alloc.rate.norm\" : { \"score\" : 7576.04, \"scoreUnit\" : \"B/op\" } }\n"
        + "  },\n"
        + "  {\n"
        + "    \"jmhVersion\" : \"1.37\", \"benchmark\" : \"a.B.slow\", \"mode\" : \"thrpt\", \"threads\" : 2, \"forks\" : 3,\n"
        + "    \"jvm\" : \"/jdk/bin/java\", \"jvmArgs\" : [ ], \"jdkVersion\" : \"17.0.15\",\n"
        + "    \"vmName\" : \"OpenJDK 64-Bit Server VM\", \"vmVersion\" : \"17.0.15+6\",\n"
        + "    \"warmupIterations\" : 5, \"warmupTime\" : \"1 s\", \"measurementIterations\" : 5, \"measurementTime\" : \"2 s\",\n"
        + "    \"primaryMetric\" : { \"score\" : 4000000, \"scoreError\" : 12.5, \"scoreUnit\" : \"ops/s\" },\n"
        + "    \"secondaryMetrics\" : { }\n"
        + "  }\n"
        + "]\n";

    @TempDir
    Path dir;

    private List<JmhResult> read() throws IOException {
        Path file = dir.resolve("results.json");
        Files.writeString(file, RESULTS);
        return JmhResult.readAll(file);
    }

    @Test
    void shouldReadScoreUnitParamsAndAllocation() throws IOException {
        JmhResult fast = read().get(0);

        assertEquals("a.B.fast", fast.benchmark());
        assertEquals("avgt", fast.mode());
        assertEquals("document=small.json", fast.params());
        assertEquals(1500.0, fast.score());
        assertEquals("us/op", fast.unit());
        assertEquals(7576.04, fast.allocatedBytesPerOp());
        assertEquals("-Xmx1g -Dx=y", fast.jvmArgs());
    }

    @Test
    void shouldTakeTheStringNaNAsAnUnknownError() throws IOException {
        assertTrue(Double.isNaN(read().get(0).scoreError()));
    }

    @Test
    void shouldConvertEveryUnitToNanosecondsPerOperation() throws IOException {
        List<JmhResult> results = read();

        assertEquals(1_500_000.0, results.get(0).nanosPerOp());
        assertEquals(250.0, results.get(1).nanosPerOp());
    }

    @Test
    void shouldGiveThroughputInOpsPerSecondAndTimeInMicrosecondsOnly() throws IOException {
        List<JmhResult> results = read();

        assertEquals(1500.0, results.get(0).microsPerOp());
        assertTrue(Double.isNaN(results.get(0).opsPerSecond()));
        assertEquals(4_000_000.0, results.get(1).opsPerSecond());
        assertEquals(12.5, results.get(1).opsPerSecondError());
        assertTrue(Double.isNaN(results.get(1).microsPerOp()));
    }

    @Test
    void shouldLeaveMissingParamsAndAllocationEmpty() throws IOException {
        JmhResult slow = read().get(1);

        assertEquals("", slow.params());
        assertTrue(Double.isNaN(slow.allocatedBytesPerOp()));
        assertEquals("", slow.jvmArgs());
    }

    @Test
    void shouldDescribeHowJmhRanIt() throws IOException {
        assertEquals("mode thrpt, 3 fork(s), 2 thread(s), warm-up 5 × 1 s, measurement 5 × 2 s, JMH 1.37",
            read().get(1).settings());
    }
}
