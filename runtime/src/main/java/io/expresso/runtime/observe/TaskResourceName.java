package io.expresso.runtime.observe;

/**
 * How task events name their resource (docs/semantics/logging.md#event-types):
 * {@code arn:aws:states:::lambda:invoke} is {@code resourceType} {@code lambda}, {@code resource}
 * {@code invoke}; {@code arn:aws:states:::aws-sdk:s3:listBuckets} is {@code aws-sdk:s3} and
 * {@code listBuckets}.
 */
public final class TaskResourceName {

    private static final String INTEGRATION_PREFIX = "arn:aws:states:::";

    private final String resourceType;
    private final String resource;

    private TaskResourceName(String resourceType, String resource) {
        this.resourceType = resourceType;
        this.resource = resource;
    }

    public static TaskResourceName of(String arn) {
        String rest = arn.startsWith(INTEGRATION_PREFIX) ? arn.substring(INTEGRATION_PREFIX.length()) : arn;
        int split = rest.lastIndexOf(':');
        if (split < 0) {
            return new TaskResourceName(rest, rest);
        }
        return new TaskResourceName(rest.substring(0, split), rest.substring(split + 1));
    }

    public String resourceType() {
        return resourceType;
    }

    public String resource() {
        return resource;
    }
}
