package io.expresso.bench.codec;

import io.expresso.codec.intrinsic.IntrinsicCall;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.json.JsonString;
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
 * Intrinsic calls compiled once and evaluated: {@code States.MathAdd} (the choice-loop counter) and
 * {@code States.Format} with two path arguments, each against the same work written by hand.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class IntrinsicBenchmark {

    private final TemplateBenchmark.NoContextScope scope = new TemplateBenchmark.NoContextScope();
    private Json input;
    private IntrinsicCall mathAdd;
    private IntrinsicCall format;

    @Setup
    public void setUp() {
        input = JsonParser.parse("{\"counter\":41,\"who\":\"Ada\",\"order\":{\"id\":\"ORD-7\"}}");
        mathAdd = IntrinsicCall.compile("States.MathAdd($.counter, 1)", "counter.$");
        format = IntrinsicCall.compile("States.Format('Hello {}, your order {} is ready', $.who, $.order.id)", "text.$");
        if (!mathAdd().equals(mathAddByHand()) || !format().equals(formatByHand())) {
            throw new IllegalStateException("compiled and hand-written results differ: " + mathAdd() + ", " + format());
        }
    }

    @Benchmark
    public Json mathAdd() {
        return mathAdd.evaluate(input, scope);
    }

    @Benchmark
    public Json mathAddByHand() {
        return JsonNumber.of(((JsonNumber) ((JsonObject) input).get("counter")).longValue() + 1);
    }

    @Benchmark
    public Json format() {
        return format.evaluate(input, scope);
    }

    @Benchmark
    public Json formatByHand() {
        JsonObject root = (JsonObject) input;
        return JsonString.of("Hello " + ((JsonString) root.get("who")).value() + ", your order "
                + ((JsonString) ((JsonObject) root.get("order")).get("id")).value() + " is ready");
    }
}
