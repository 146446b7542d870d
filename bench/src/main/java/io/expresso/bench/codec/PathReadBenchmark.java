package io.expresso.bench.codec;

import io.expresso.bench.Workloads;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.path.PathExpression;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A three-member path read on the parsed {@code pass-chain} input: the compiled
 * {@code $.order.customer.tier} against the same lookups written by hand. The first step reads a
 * 10-key object (the indexed lookup), the next two small ones (the linear lookup).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class PathReadBenchmark {

    static final String PATH = "$.order.customer.tier";

    private Json input;
    private PathExpression path;

    @Setup
    public void setUp() {
        input = JsonParser.parse(Workloads.compact("pass-chain.input.json"));
        path = PathExpression.compile(PATH);
        Json compiled = compiledPath();
        if (compiled == null || !compiled.equals(handWrittenChain())) {
            throw new IllegalStateException(PATH + " does not read the same value both ways: " + compiled);
        }
    }

    @Benchmark
    public Json compiledPath() {
        return path.evaluate(input, null);
    }

    /** What a path compiler could at best emit: three lookups, each after a type check. */
    @Benchmark
    public Json handWrittenChain() {
        return member(member(member(input, "order"), "customer"), "tier");
    }

    private static Json member(Json value, String key) {
        return value instanceof JsonObject ? ((JsonObject) value).get(key) : null;
    }
}
