package io.expresso.bench.codec;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import com.dslplatform.json.ObjectConverter;
import io.expresso.bench.Workloads;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonSerializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bytes in, bytes out: parse a compact workload document and write it back.
 *
 * <p>{@link #expresso} goes through Expresso's immutable tree; the ceiling {@link #dslJsonMap} is
 * dsl-json alone, reading into {@code LinkedHashMap}/{@code ArrayList} and writing with its own
 * writer. Both keep their reader and writer across operations, as an event loop does, and both
 * return a fresh copy of the output; set-up checks that they write the same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonRoundTripBenchmark {

    /** Workload files of growing size: about 0.9 KB, 2.9 KB and 9.9 KB compact. */
    @Param({"pass-chain.input.json", "map-fanout.input.json", "map-fanout.expected.json"})
    public String document;

    private byte[] input;
    private final JsonParser parser = new JsonParser();
    private final JsonSerializer serializer = new JsonSerializer();
    private final DslJson<Object> dslJson = new DslJson<>(new DslJson.Settings<>());
    private final JsonReader<Object> dslReader = dslJson.newReader(new byte[0]);
    private final JsonWriter dslWriter = dslJson.newWriter(512);

    @Setup
    public void setUp() throws IOException {
        input = Workloads.compact(document);
        byte[] ours = expresso();
        byte[] ceiling = dslJsonMap();
        if (!Arrays.equals(ours, input) || !Arrays.equals(ceiling, input)) {
            throw new IllegalStateException(document + ": the two round trips do not both reproduce the input bytes");
        }
    }

    @Benchmark
    public byte[] expresso() {
        return serializer.write(parser.read(input, input.length));
    }

    @Benchmark
    public byte[] dslJsonMap() throws IOException {
        dslReader.process(input, input.length);
        dslReader.getNextToken();
        Object tree = ObjectConverter.deserializeObject(dslReader);
        dslWriter.reset();
        ObjectConverter.serializeObject(tree, dslWriter);
        return dslWriter.toByteArray();
    }
}
