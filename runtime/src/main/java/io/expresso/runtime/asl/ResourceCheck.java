package io.expresso.runtime.asl;

/**
 * Checks a Task {@code Resource} ARN and the Express restrictions on it, with AWS's recorded texts:
 * no {@code .sync}, no {@code .waitForTaskToken}, no activities.
 */
final class ResourceCheck {

    /** {@code arn:partition:service:region:account:resource}: six parts at least. */
    private static final int ARN_PARTS = 6;

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
        if (!expressRules) {
            return null;
        }
        String action = parts[parts.length - 1];
        // ".sync:2" splits into an action ending in ".sync" and a version part.
        if (action.endsWith(".sync") || parts[6].endsWith(".sync")) {
            return "Express state machine does not support '.sync' service integration";
        }
        if (action.endsWith(".waitForTaskToken")) {
            // AWS's text ends with a space, which shows as two spaces before "at" (recorded).
            return "Express state machine does not support '.waitForTaskToken' service integration ";
        }
        return null;
    }

    private static String notRecognized(String resource) {
        return "The resource provided " + resource + " is not recognized. The value is not a valid resource ARN,"
                + " or the resource is not available in this region.";
    }
}
