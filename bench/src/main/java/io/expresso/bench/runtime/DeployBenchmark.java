package io.expresso.bench.runtime;

import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deploying a 50-state definition: parse, validate every rule, compile paths, templates, intrinsic
 * calls, Choice rules and retriers into the closure tree. The states mix what real definitions
 * hold: Pass states with Parameters and intrinsics, Choice rules, Tasks with Retry and Catch, a Map.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class DeployBenchmark {

    public static final int STATES = 50;

    private Expresso expresso;
    private String definition;

    @Setup
    public void setUp() {
        expresso = Expresso.start(new RuntimeConfig().eventLoops(1).allowUnboundResources(true));
        definition = fiftyStates();
    }

    @TearDown
    public void tearDown() {
        expresso.close();
    }

    @Benchmark
    public StateMachine deploy() {
        return expresso.deploy("fifty", definition);
    }

    /** A chain of {@value #STATES} states of five kinds, each linked to the next. */
    static String fiftyStates() {
        StringBuilder states = new StringBuilder();
        for (int i = 0; i < STATES; i++) {
            String next = i == STATES - 1 ? "\"End\":true" : "\"Next\":\"S" + (i + 1) + "\"";
            String state;
            switch (i % 5) {
                case 0:
                    state = "{\"Type\":\"Pass\",\"Parameters\":{\"id.$\":\"$.order.id\",\"label.$\":"
                        + "\"States.Format('order {}', $.order.id)\",\"fixed\":{\"k\":[1,2,3]}},\"ResultPath\":\"$.p" + i + "\"," + next + "}";
                    break;
                case 1:
                    state = "{\"Type\":\"Choice\",\"Choices\":[{\"And\":[{\"Variable\":\"$.order.total\",\"NumericGreaterThan\":10},"
                        + "{\"Variable\":\"$.order.tier\",\"StringEquals\":\"gold\"}],\"Next\":\"S" + (i + 1) + "\"}],"
                        + "\"Default\":\"S" + (i + 1) + "\"}";
                    break;
                case 2:
                    state = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:f" + i + "\","
                        + "\"Parameters\":{\"payload.$\":\"$\"},\"ResultSelector\":{\"v.$\":\"$.v\"},\"ResultPath\":\"$.t" + i + "\","
                        + "\"Retry\":[{\"ErrorEquals\":[\"States.TaskFailed\"],\"MaxAttempts\":2}],"
                        + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"S" + (i + 1) + "\"}]," + next + "}";
                    break;
                case 3:
                    state = "{\"Type\":\"Map\",\"ItemsPath\":\"$.order.items\",\"ItemSelector\":{\"sku.$\":\"$$.Map.Item.Value.sku\"},"
                        + "\"ItemProcessor\":{\"StartAt\":\"Inner" + i + "\",\"States\":{\"Inner" + i + "\":{\"Type\":\"Pass\",\"End\":true}}},"
                        + "\"ResultPath\":\"$.m" + i + "\"," + next + "}";
                    break;
                default:
                    state = "{\"Type\":\"Pass\",\"InputPath\":\"$.order\",\"OutputPath\":\"$\",\"ResultPath\":\"$.x" + i + "\"," + next + "}";
                    break;
            }
            states.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":").append(state);
        }
        return "{\"StartAt\":\"S0\",\"States\":{" + states + "}}";
    }
}
