package io.expresso.runtime.asl;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The optimized service integrations AWS recognises in a Task {@code Resource}
 * ({@code arn:aws:states:::<service>:<action>[<pattern>]}), each action with the integration
 * patterns it supports, as the AWS Step Functions Developer Guide lists them. AWS refuses any other
 * such resource at deploy, so a definition that deploys here deploys there too. SDK integrations
 * ({@code aws-sdk:<service>:<action>}) are not listed: they cover every AWS API and stay open.
 */
final class OptimizedIntegrations {

    /** How a Task waits for an integration: the suffix of the resource names it. */
    enum Pattern {
        REQUEST_RESPONSE(""),
        RUN_JOB(".sync"),
        RUN_JOB_2(".sync:2"),
        CALLBACK(".waitForTaskToken");

        private final String suffix;

        Pattern(String suffix) {
            this.suffix = suffix;
        }

        /** @return the pattern {@code action} ends with; request-response when it names none */
        static Pattern of(String action) {
            for (Pattern pattern : new Pattern[] {RUN_JOB_2, RUN_JOB, CALLBACK}) {
                if (action.endsWith(pattern.suffix)) {
                    return pattern;
                }
            }
            return REQUEST_RESPONSE;
        }

        String strip(String action) {
            return action.substring(0, action.length() - suffix.length());
        }
    }

    private static final Set<Pattern> RESPONSE = EnumSet.of(Pattern.REQUEST_RESPONSE);
    private static final Set<Pattern> JOB = EnumSet.of(Pattern.REQUEST_RESPONSE, Pattern.RUN_JOB);
    private static final Set<Pattern> CALLBACK = EnumSet.of(Pattern.REQUEST_RESPONSE, Pattern.CALLBACK);
    private static final Set<Pattern> JOB_AND_CALLBACK = EnumSet.of(Pattern.REQUEST_RESPONSE, Pattern.RUN_JOB,
            Pattern.CALLBACK);

    /** {@code service:action} to the patterns AWS supports for it. */
    private static final Map<String, Set<Pattern>> ACTIONS = new HashMap<>();

    static {
        add("apigateway", CALLBACK, "invoke");
        add("athena", JOB, "startQueryExecution");
        add("athena", RESPONSE, "stopQueryExecution", "getQueryExecution", "getQueryResults");
        add("batch", JOB, "submitJob");
        add("bedrock", CALLBACK, "invokeModel");
        add("bedrock", JOB, "createModelCustomizationJob");
        add("codebuild", JOB, "startBuild", "startBuildBatch", "retryBuildBatch");
        add("codebuild", RESPONSE, "stopBuild", "batchDeleteBuilds", "batchGetReports", "stopBuildBatch",
                "deleteBuildBatch");
        add("databrew", JOB, "startJobRun");
        add("dynamodb", RESPONSE, "getItem", "putItem", "deleteItem", "updateItem");
        add("ecs", JOB_AND_CALLBACK, "runTask");
        add("eks", JOB, "createCluster", "deleteCluster", "createFargateProfile", "deleteFargateProfile",
                "createNodegroup", "deleteNodegroup");
        add("eks", JOB_AND_CALLBACK, "runJob");
        add("eks", RESPONSE, "call");
        add("elasticmapreduce", JOB, "createCluster", "terminateCluster", "addStep");
        add("elasticmapreduce", RESPONSE, "cancelStep", "setClusterTerminationProtection",
                "modifyInstanceFleetByName", "modifyInstanceGroupByName");
        add("emr-containers", RESPONSE, "createVirtualCluster");
        add("emr-containers", JOB, "deleteVirtualCluster", "startJobRun");
        add("emr-serverless", JOB, "createApplication", "startApplication", "stopApplication", "deleteApplication",
                "startJobRun", "cancelJobRun");
        add("events", CALLBACK, "putEvents");
        add("glue", JOB, "startJobRun");
        add("http", RESPONSE, "invoke");
        add("lambda", CALLBACK, "invoke");
        add("mediaconvert", JOB, "createJob");
        add("sagemaker", JOB, "createHyperParameterTuningJob", "createLabelingJob", "createProcessingJob",
                "createTrainingJob", "createTransformJob");
        add("sagemaker", RESPONSE, "createEndpoint", "createEndpointConfig", "createModel", "updateEndpoint");
        add("sns", CALLBACK, "publish");
        add("sqs", CALLBACK, "sendMessage");
        add("states", EnumSet.allOf(Pattern.class), "startExecution");
    }

    private OptimizedIntegrations() {
    }

    private static void add(String service, Set<Pattern> patterns, String... actions) {
        for (String action : actions) {
            ACTIONS.put(service + ':' + action, patterns);
        }
    }

    /**
     * @param service the service part of the resource, e.g. {@code sqs}
     * @param action  the rest, pattern included, e.g. {@code sendMessage.waitForTaskToken}
     * @return whether AWS recognises the integration
     */
    static boolean recognises(String service, String action) {
        Pattern pattern = Pattern.of(action);
        Set<Pattern> supported = ACTIONS.get(service + ':' + pattern.strip(action));
        return supported != null && supported.contains(pattern);
    }
}
