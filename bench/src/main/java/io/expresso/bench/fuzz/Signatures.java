package io.expresso.bench.fuzz;

import java.util.HashSet;
import java.util.Set;

/**
 * Names a finding by what stays the same across its repeats: the Throwable's class and the
 * innermost Expresso frame it came from (a stack overflow's recursion, a cast's site), or for a
 * hang the outermost Expresso frame the loop thread was in. Messages and data are left out.
 */
final class Signatures {

    private static final String OURS = "io.expresso.";
    /** The fuzz test's own frames (its task handlers) say nothing about where the runtime failed. */
    private static final String HARNESS = "io.expresso.bench.";
    private static final int SHOWN_FRAMES = 24;
    /** Enough frames to go round any recursion cycle a few times. */
    private static final int RECURSION_FRAMES = 256;

    private Signatures() {
    }

    /** @return e.g. {@code ClassCastException in PassNode.run} */
    static String of(Throwable thrown) {
        StackTraceElement[] stack = thrown.getStackTrace();
        if (thrown instanceof StackOverflowError) {
            return "StackOverflowError in a recursion through " + recursionSite(stack);
        }
        StackTraceElement site = null;
        for (StackTraceElement frame : stack) {
            if (isRuntime(frame)) {
                site = frame;
                break;
            }
        }
        if (site == null && stack.length > 0) {
            site = stack[0];
        }
        return thrown.getClass().getSimpleName() + (site == null ? "" : " in " + frame(site));
    }

    /**
     * Where a stack ran out varies from case to case, and so does the innermost frame of a mutual
     * recursion; the least by name of the frames that repeat does not.
     */
    private static String recursionSite(StackTraceElement[] stack) {
        Set<String> seen = new HashSet<>();
        String least = null;
        for (int i = 0; i < Math.min(stack.length, RECURSION_FRAMES); i++) {
            String frame = frame(stack[i]);
            if (!seen.add(frame) && isRuntime(stack[i]) && (least == null || frame.compareTo(least) < 0)) {
                least = frame;
            }
        }
        return least == null ? "code outside Expresso" : least;
    }

    /**
     * @param steadyStack the frames that stayed the same while the case hung, innermost first
     * @return the innermost Expresso frame among them, the code that never gave the loop back
     */
    static String hangSite(StackTraceElement[] steadyStack) {
        for (StackTraceElement frame : steadyStack) {
            if (isRuntime(frame)) {
                return "the event loop stayed in " + frame(frame);
            }
        }
        return "the execution never ended while its loop was idle";
    }

    private static boolean isRuntime(StackTraceElement frame) {
        return frame.getClassName().startsWith(OURS) && !frame.getClassName().startsWith(HARNESS);
    }

    /** @return {@code Class.method}, without the generated part of a lambda's class name, which changes from run to run */
    private static String frame(StackTraceElement frame) {
        String type = frame.getClassName();
        int lambda = type.indexOf("$$Lambda");
        if (lambda > 0) {
            type = type.substring(0, lambda);
        }
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
    }

    /** @return the Throwable's class, message and first frames */
    static String describe(Throwable thrown) {
        String message = String.valueOf(thrown.getMessage());
        if (message.length() > 500) {
            message = message.substring(0, 500) + "…";
        }
        return thrown.getClass().getName() + ": " + message + "\n" + stack(thrown.getStackTrace());
    }

    static String stack(StackTraceElement[] stack) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(stack.length, SHOWN_FRAMES); i++) {
            text.append("    at ").append(stack[i]).append('\n');
        }
        if (stack.length > SHOWN_FRAMES) {
            text.append("    … ").append(stack.length - SHOWN_FRAMES).append(" more frames\n");
        }
        return text.toString();
    }
}
