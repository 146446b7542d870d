package io.expresso.runtime.task;

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
