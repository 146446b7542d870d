package io.expresso.codec.intrinsic;

import io.expresso.codec.error.AslError;
import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonNumber;

/**
 * A compiled {@code States.*} intrinsic function call, the value of a {@code .$} key such as
 * {@code "label.$": "States.Format('run {}', $.n)"}.
 *
 * <p>The text is parsed once, at deploy time, into a tree: each function is its own final class
 * holding its compiled arguments (constants, paths, nested calls), so evaluation does no parsing
 * and allocates little beyond its result. A failure at run time is a value: {@link #evaluate}
 * records an {@code States.Runtime} error in the scope and returns {@code null}. AWS documents
 * {@code States.IntrinsicFailure} but never raises it, so neither does Expresso.
 */
public abstract class IntrinsicCall extends Operand {

    private static final String PREFIX = "States.";

    private final String functionName;
    private final boolean returnsString;
    /** Built once: failures are rare, but their cause need not be built per failure either. */
    private final String invalidArgumentsCause;

    IntrinsicCall(String functionName, boolean returnsString) {
        this.functionName = functionName;
        this.returnsString = returnsString;
        this.invalidArgumentsCause = "Invalid arguments in " + functionName;
    }

    /**
     * Compiles an intrinsic call.
     *
     * @param text the decoded string value of the {@code .$} key, e.g. {@code States.Format('x {}', $.a)}
     * @param fieldKey the template key including {@code .$}, e.g. {@code label.$}, named in run-time
     *     error causes
     * @return the compiled call
     * @throws InvalidExpressionException on a syntax error, an unknown function, an escape other than
     *     {@code \'}, {@code \{}, {@code \}} and {@code \\}, a wrong argument count, an invalid path
     *     argument, or calls nested more than 10 deep
     */
    public static IntrinsicCall compile(String text, String fieldKey) {
        return IntrinsicParser.parse(text, fieldKey);
    }

    /**
     * Tells a template compiler whether a {@code .$} value is meant as an intrinsic call rather
     * than a path; it says nothing about whether the call is valid.
     *
     * @return whether {@code text} starts with {@code States.} and contains {@code (}
     */
    public static boolean looksLikeCall(String text) {
        return text.startsWith(PREFIX) && text.indexOf('(') > 0;
    }

    /**
     * Evaluates the call.
     *
     * @param input the value {@code $} paths read (the template's input)
     * @param scope the context object, variables, and where a failure is recorded
     * @return the result, or {@code null} after recording a {@code States.Runtime} error in {@code scope}
     */
    @Override
    public abstract Json evaluate(Json input, EvalScope scope);

    /** @return the function's full name, e.g. {@code States.Format} */
    public final String functionName() {
        return functionName;
    }

    /**
     * @return whether the function always yields a string, which makes it allowed in a Fail
     *     state's {@code ErrorPath} and {@code CausePath}: {@code Format}, {@code JsonToString},
     *     {@code ArrayGetItem}, {@code Base64Encode}, {@code Base64Decode}, {@code Hash}, {@code UUID}
     */
    public final boolean returnsString() {
        return returnsString;
    }

    @Override
    public final String toString() {
        return functionName + "(…)";
    }

    /** Records the error AWS raises for an argument of the wrong type, value or size. */
    final Json invalidArguments(EvalScope scope) {
        return scope.fail(AslError.runtime(invalidArgumentsCause));
    }

    /**
     * Truncates toward zero, saturating at the {@code long} range, as Java's {@code (long) double}
     * does: AWS truncates fractional sizes, indexes and bounds rather than rounding them.
     */
    static long truncate(JsonNumber number) {
        return number.isLong() ? number.longValue() : (long) number.doubleValue();
    }

    static boolean isInt(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }
}
