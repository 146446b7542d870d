package io.expresso.runtime.observe.metrics;

/**
 * Which family of CloudWatch metrics a Task resource reports under. AWS keeps the
 * {@code LambdaFunction*} metrics for Tasks whose resource is a Lambda function's own ARN and
 * reports every {@code arn:aws:states:::…} integration — {@code lambda:invoke} included — as a
 * {@code ServiceIntegration*} (docs/semantics/logging.md#cloudwatch-metrics).
 */
public enum ResourceKind {
    /** A function ARN, {@code arn:<partition>:lambda:<region>:<account>:function:<name>[:qualifier]}. */
    LAMBDA_FUNCTION("LambdaFunction", "LambdaFunctionArn"),
    /** Any other resource, the {@code arn:<partition>:states:::<service>:<action>} integrations. */
    SERVICE_INTEGRATION("ServiceIntegration", "ServiceIntegrationResourceArn");

    private final String metricPrefix;
    private final String dimension;

    ResourceKind(String metricPrefix, String dimension) {
        this.metricPrefix = metricPrefix;
        this.dimension = dimension;
    }

    /** @return the kind AWS reports {@code resourceArn} as */
    public static ResourceKind of(String resourceArn) {
        int partitionEnd = resourceArn.startsWith("arn:") ? resourceArn.indexOf(':', 4) : -1;
        return partitionEnd > 0 && resourceArn.startsWith(":lambda:", partitionEnd)
                ? LAMBDA_FUNCTION : SERVICE_INTEGRATION;
    }

    /** @return the start of the CloudWatch metric names, {@code LambdaFunction} or {@code ServiceIntegration} */
    public String metricPrefix() {
        return metricPrefix;
    }

    /** @return the CloudWatch dimension name, {@code LambdaFunctionArn} or {@code ServiceIntegrationResourceArn} */
    public String dimension() {
        return dimension;
    }
}
