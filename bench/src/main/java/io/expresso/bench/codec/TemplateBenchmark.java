package io.expresso.bench.codec;

import io.expresso.bench.Workloads;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.template.PayloadTemplate;
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
 * Payload template evaluation: pass-chain's {@code ExtractCustomer} Parameters (four {@code .$}
 * paths, three members deep) on the parsed pass-chain input, against the least a program can do
 * to produce the same object: four hand-written lookups and one object of a prepared shape. With
 * {@code -prof gc}, equal bytes per operation show that the template allocates only its output.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class TemplateBenchmark {

    static final String TEMPLATE = "{\"customerId.$\":\"$.order.customer.id\",\"name.$\":\"$.order.customer.name\","
            + "\"email.$\":\"$.order.customer.email\",\"tier.$\":\"$.order.customer.tier\"}";

    private Json input;
    private PayloadTemplate template;
    private JsonObject.Shape shape;
    /** The customer member each output key reads, in the template's output order. */
    private String[] members;
    private final EvalScope scope = new NoContextScope();

    @Setup
    public void setUp() {
        input = JsonParser.parse(Workloads.compact("pass-chain.input.json"));
        template = PayloadTemplate.compile((JsonObject) JsonParser.parse(TEMPLATE));
        Json evaluated = compiledTemplate();
        // The template's own key order (evaluated keys in HashMap order) is the shape the ceiling builds.
        JsonObject output = (JsonObject) evaluated;
        String[] keys = new String[output.size()];
        members = new String[output.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = output.keyAt(i);
            members[i] = keys[i].equals("customerId") ? "id" : keys[i];
        }
        shape = JsonObject.Shape.of(keys);
        if (!evaluated.toString().equals(handWritten().toString())) {
            throw new IllegalStateException("the template and the hand-written object differ: " + evaluated);
        }
    }

    @Benchmark
    public Json compiledTemplate() {
        return template.evaluate(input, scope);
    }

    /** Four lookups and one object of a fixed shape: the output and nothing else. */
    @Benchmark
    public Json handWritten() {
        JsonObject customer = (JsonObject) ((JsonObject) ((JsonObject) input).get("order")).get("customer");
        Json[] values = new Json[shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = customer.get(members[i]);
        }
        return JsonObject.of(shape, values);
    }

    /** Templates over {@code $} only: no context object, no variables. */
    static final class NoContextScope extends EvalScope {
        @Override
        public Json contextObject() {
            return JsonObject.EMPTY;
        }

        @Override
        public Json variable(String name) {
            return null;
        }
    }
}
