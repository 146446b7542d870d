package io.expresso.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Executions written to exhaust a loop's stack: values that grow one level deeper per state, and
 * definitions nested to the limits. They run on a loop with a small stack, a quarter of a default
 * thread's, so a walk that recursed further than the limits allow would overflow here first.
 *
 * <p>AWS's answer to a value nested past 1,000 levels is not recorded; its Java front most likely
 * fails to read the value back (Jackson's default limit), a runtime error of the state.
 */
final class HostileExecutionTest {

    private static final String TOO_DEEP = "The value would nest objects and arrays more than 1000 levels deep";
    private static final long SMALL_STACK_BYTES = 512 * 1024;

    private static EventLoopGroup loops;
    private static Expresso expresso;

    @BeforeAll
    static void start() {
        ThreadFactory smallStack = runnable -> new Thread(null, runnable, "small-stack", SMALL_STACK_BYTES);
        loops = new MultiThreadIoEventLoopGroup(1, smallStack, NioIoHandler.newFactory());
        expresso = Expresso.start(new RuntimeConfig(), loops);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        expresso.close();
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
    }

    @Test
    void shouldFailPassThatWrapsItsInputInItselfOnceTooDeep() throws Exception {
        ExecutionResult result = run(loopingBack("{\"Type\": \"Pass\", \"Parameters\": {\"child.$\": \"$\"}, \"Next\": \"C\"}"),
                JsonObject.EMPTY);

        assertEquals(ExecutionStatus.FAILED, result.status(), result::toString);
        assertEquals("States.Runtime", result.error());
        // Four events per pass through S and C: the thousandth pass, from {} at depth 1, is the one refused.
        assertEquals(causeAt("S", 4 * 999 + 2), result.cause());
    }

    @Test
    void shouldFailResultPathThatWritesInputIntoItselfOnceTooDeep() throws Exception {
        ExecutionResult result = run(loopingBack("{\"Type\": \"Pass\", \"ResultPath\": \"$.child\", \"Next\": \"C\"}"),
                JsonObject.EMPTY);

        assertEquals(ExecutionStatus.FAILED, result.status(), result::toString);
        assertEquals(causeAt("S", 4 * 999 + 2), result.cause());
    }

    @Test
    void shouldFailParallelWhoseResultsNestOnceTooDeep() throws Exception {
        ExecutionResult result = run(loopingBack("{\"Type\": \"Parallel\", \"Next\": \"C\", \"Branches\": ["
                + "{\"StartAt\": \"B\", \"States\": {\"B\": {\"Type\": \"Pass\", \"End\": true}}}]}"), JsonObject.EMPTY);

        assertEquals(ExecutionStatus.FAILED, result.status(), result::toString);
        // Eight events per pass: S entered, started, succeeded and exited, its branch's Pass entered
        // and exited, and C entered and exited.
        assertEquals(causeAt("S", 8 * 999 + 2), result.cause());
    }

    @Test
    void shouldPassOnInputNestedExactlyToTheLimit() throws Exception {
        Json input = nested(Json.MAX_DEPTH);

        ExecutionResult result = run(single("{\"Type\": \"Pass\", \"End\": true}"), input);

        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
        assertEquals(input, JsonParser.parse(result.output().toString()));
    }

    @Test
    void shouldFailTemplateThatWrapsInputNestedToTheLimit() throws Exception {
        ExecutionResult result = run(single("{\"Type\": \"Pass\", \"Parameters\": {\"x.$\": \"$\"}, \"End\": true}"),
                nested(Json.MAX_DEPTH));

        assertEquals(ExecutionStatus.FAILED, result.status(), result::toString);
        assertEquals(causeAt("S", 2), result.cause());
    }

    @Test
    void shouldEvaluateTemplateNestedAsDeepAsADefinitionCanHold() throws Exception {
        // The definition, States, S and Parameters take four of the 1,000 levels the parser allows.
        int levels = Json.MAX_DEPTH - 4;
        String template = "{\"v.$\": \"$.a\"}";
        for (int i = 1; i < levels; i++) {
            template = "{\"n\": " + template + "}";
        }

        ExecutionResult result = run(single("{\"Type\": \"Pass\", \"Parameters\": " + template + ", \"End\": true}"),
                JsonParser.parse("{\"a\":7}"));

        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
        assertEquals(levels, result.output().depth());
    }

    @Test
    void shouldCompareHashSerializeAndScanValueNestedNearTheLimit() throws Exception {
        // Each result below nests one or two levels deeper than d, and the output object one more.
        Json deep = JsonObject.EMPTY;
        for (int i = 1; i < Json.MAX_DEPTH - 3; i++) {
            deep = JsonObject.of("a", deep);
        }
        String parameters = "{\"unique.$\": \"States.ArrayUnique(States.Array($.d, $.d))\","
                + " \"contains.$\": \"States.ArrayContains(States.Array($.d), $.d)\","
                + " \"hash.$\": \"States.Hash(States.JsonToString($.d), 'SHA-256')\","
                + " \"scan.$\": \"$.d..z\"}";

        ExecutionResult result = run(single("{\"Type\": \"Pass\", \"Parameters\": " + parameters + ", \"End\": true}"),
                JsonObject.of("d", deep));

        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
        JsonObject output = (JsonObject) result.output();
        assertEquals(JsonArray.of(deep), output.get("unique"));
        assertEquals("true", output.get("contains").toString());
        assertEquals("[]", output.get("scan").toString());
    }

    @Test
    void shouldRunParallelsNestedToTheLimit() throws Exception {
        String state = "{\"Type\": \"Pass\", \"End\": true}";
        for (int level = 100; level >= 1; level--) {
            state = "{\"Type\": \"Parallel\", \"End\": true, \"Branches\": [{\"StartAt\": \"S" + level
                    + "\", \"States\": {\"S" + level + "\": " + state + "}}]}";
        }

        ExecutionResult result = run(single(state), JsonObject.EMPTY);

        assertEquals(ExecutionStatus.SUCCEEDED, result.status(), result::toString);
        assertEquals(101, result.output().depth());
    }

    @Test
    void shouldEvaluateChoiceRuleNestedToTheLimit() throws Exception {
        String rule = "{\"Variable\": \"$.a\", \"IsPresent\": true}";
        for (int i = 0; i < 99; i++) {
            rule = "{\"Not\": " + rule + "}";
        }
        String definition = "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": ["
                + rule.substring(0, rule.length() - 1) + ", \"Next\": \"Yes\"}], \"Default\": \"No\"},"
                + " \"Yes\": {\"Type\": \"Pass\", \"Result\": \"yes\", \"End\": true},"
                + " \"No\": {\"Type\": \"Pass\", \"Result\": \"no\", \"End\": true}}}";

        assertEquals("\"no\"", run(definition, JsonParser.parse("{\"a\":1}")).output().toString());
        assertEquals("\"yes\"", run(definition, JsonObject.EMPTY).output().toString());
    }

    @Test
    void shouldFilterWithTwentyThousandTermChain() throws Exception {
        StringBuilder filter = new StringBuilder("@.a == 0");
        for (int i = 1; i < 20_000; i++) {
            filter.append(" || @.a == ").append(i);
        }
        String definition = single("{\"Type\": \"Pass\", \"InputPath\": \"$[?(" + filter + ")]\", \"End\": true}");

        ExecutionResult result = run(definition, JsonParser.parse("[{\"a\":19999},{\"a\":-1}]"));

        assertEquals("[{\"a\":19999}]", result.output().toString());
    }

    /** @return a machine running {@code state} as S, then a Choice C that always goes back to S */
    private static String loopingBack(String state) {
        return "{\"StartAt\": \"S\", \"States\": {\"S\": " + state + ","
                + " \"C\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.stop\", \"IsPresent\": true, \"Next\": \"D\"}],"
                + " \"Default\": \"S\"}, \"D\": {\"Type\": \"Succeed\"}}}";
    }

    private static String single(String state) {
        return "{\"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}";
    }

    private static String causeAt(String state, int enteredEventId) {
        return "An error occurred while executing the state '" + state + "' (entered at the event id #" + enteredEventId
                + "). " + TOO_DEEP;
    }

    private static ExecutionResult run(String definition, Json input) throws Exception {
        StateMachine machine = expresso.deploy("hostile", definition);
        return expresso.execute(machine, input).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** @return {@code [[…[]…]]}, {@code depth} arrays deep */
    private static Json nested(int depth) {
        Json value = JsonArray.EMPTY;
        for (int i = 1; i < depth; i++) {
            value = JsonArray.of(value);
        }
        return value;
    }
}
