package io.expresso.runtime.task;

import java.util.function.Function;

/** Reads Lambda function references: {@code name}, {@code name:qualifier}, {@code account:function:name}, full ARNs. */
public final class LambdaArns {

    private static final String ARN_PREFIX = "arn:";
    private static final String FUNCTION_MARK = ":function:";

    private LambdaArns() {
    }

    /** @return whether {@code resource} is a Lambda function ARN ({@code arn:aws:lambda:…:function:…}) */
    public static boolean isFunctionArn(String resource) {
        return resource.startsWith(ARN_PREFIX) && resource.contains(":lambda:") && resource.contains(FUNCTION_MARK);
    }

    /** @return the bare function name, or {@code null} when {@code reference} is empty */
    public static String functionName(String reference) {
        String rest = reference;
        int mark = rest.indexOf(FUNCTION_MARK);
        if (mark >= 0) {
            rest = rest.substring(mark + FUNCTION_MARK.length());
        }
        int qualifier = rest.indexOf(':');
        if (qualifier >= 0) {
            rest = rest.substring(0, qualifier);
        }
        return rest.isEmpty() ? null : rest;
    }

    /** @return the version or alias after the function name ({@code name:live}, {@code …:function:name:7}), or {@code null} */
    public static String qualifier(String reference) {
        int mark = reference.indexOf(FUNCTION_MARK);
        String rest = mark < 0 ? reference : reference.substring(mark + FUNCTION_MARK.length());
        int colon = rest.indexOf(':');
        return colon < 0 || colon == rest.length() - 1 ? null : rest.substring(colon + 1);
    }

    /**
     * Looks a function up under the keys a configuration may use for it: the reference as given,
     * the bare function name, then the ARN without its qualifier.
     *
     * @param byKey the lookup, returning {@code null} for a key it does not hold
     * @return the first value found, or {@code null}
     */
    public static <T> T find(String reference, Function<String, T> byKey) {
        T exact = byKey.apply(reference);
        if (exact != null) {
            return exact;
        }
        String name = functionName(reference);
        T byName = name == null ? null : byKey.apply(name);
        if (byName != null) {
            return byName;
        }
        String unqualified = unqualified(reference);
        return unqualified == null ? null : byKey.apply(unqualified);
    }

    /** @return a function ARN without its version or alias, or {@code null} when not a function ARN */
    static String unqualified(String reference) {
        int mark = reference.indexOf(FUNCTION_MARK);
        if (mark < 0) {
            return null;
        }
        int qualifier = reference.indexOf(':', mark + FUNCTION_MARK.length());
        return qualifier < 0 ? reference : reference.substring(0, qualifier);
    }
}
