package io.expresso.runtime.asl;

import java.util.Arrays;

/**
 * Checks a Task {@code Resource} ARN as AWS does at deploy, with AWS's recorded texts: an optimized
 * integration must be one AWS lists ({@link OptimizedIntegrations}), and an Express machine runs no
 * {@code .sync}, no {@code .waitForTaskToken} and no activities.
 */
final class ResourceCheck {

    /** {@code arn:partition:service:region:account:resource}: six parts at least. */
    private static final int ARN_PARTS = 6;
    private static final String SDK = "aws-sdk";

    private ResourceCheck() {
    }

    /**
     * @param expressRules whether the resource is checked for an Express machine
     * @return {@code null} for a resource the machine can run, else the diagnostic message
     */
    static String check(String resource, boolean expressRules) {
        String[] parts = resource.split(":", -1);
        if (parts.length < ARN_PARTS || !parts[0].equals("arn") || parts[1].isEmpty() || parts[2].isEmpty()) {
            return notRecognized(resource);
        }
        if (!parts[2].equals("states")) {
            return null;
        }
        if (parts[5].equals("activity")) {
            return expressRules ? "Express state machine does not support Activity ARN" : null;
        }
        if (!parts[3].isEmpty() || !parts[4].isEmpty() || parts.length < ARN_PARTS + 1
                || parts[5].isEmpty() || parts[6].isEmpty()) {
            return notRecognized(resource);
        }
        // The action keeps its pattern suffix; ".sync:2" spans two parts.
        String action = String.join(":", Arrays.copyOfRange(parts, ARN_PARTS, parts.length));
        if (!parts[5].equals(SDK) && !OptimizedIntegrations.recognises(parts[5], action)) {
            return notRecognized(resource);
        }
        if (!expressRules) {
            return null;
        }
        return expressPattern(OptimizedIntegrations.Pattern.of(action));
    }

    private static String expressPattern(OptimizedIntegrations.Pattern pattern) {
        switch (pattern) {
            case RUN_JOB:
            case RUN_JOB_2:
                return "Express state machine does not support '.sync' service integration";
            case CALLBACK:
                // AWS's text ends with a space, which shows as two spaces before "at" (recorded).
                return "Express state machine does not support '.waitForTaskToken' service integration ";
            default:
                return null;
        }
    }

    private static String notRecognized(String resource) {
        return "The resource provided " + resource + " is not recognized. The value is not a valid resource ARN,"
                + " or the resource is not available in this region.";
    }
}
