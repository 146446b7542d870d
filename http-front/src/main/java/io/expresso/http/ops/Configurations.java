package io.expresso.http.ops;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.http.api.ApiException;
import io.expresso.runtime.observe.LogLevel;
import io.expresso.runtime.observe.LoggingConfiguration;
import io.expresso.http.api.ErrorType;
import io.expresso.http.api.Members;
import java.util.List;

/**
 * Logging and tracing configurations, checked and filled with AWS's defaults so that Describe
 * answers them the way AWS does (docs/semantics/http-api.md#shared-shapes).
 */
final class Configurations {

    static final JsonObject LOGGING_OFF = JsonObject.builder(2)
            .add("level", JsonString.of("OFF")).add("includeExecutionData", JsonBoolean.FALSE).build();
    static final JsonObject TRACING_OFF = JsonObject.of("enabled", JsonBoolean.FALSE);

    private static final List<String> LEVELS = List.of("ALL", "ERROR", "FATAL", "OFF");

    private Configurations() {
    }

    /**
     * @return the configuration with its defaults, or {@link #LOGGING_OFF} when absent
     * @throws ApiException InvalidLoggingConfiguration or ValidationException
     */
    static JsonObject logging(JsonObject given) {
        if (given == null) {
            return LOGGING_OFF;
        }
        Members members = new Members(given);
        String level = members.enumValue("level", LEVELS);
        boolean includeData = members.bool("includeExecutionData", false);
        JsonArray destinations = members.list("destinations");
        members.check();
        String effective = level == null ? "OFF" : level;
        if (!effective.equals("OFF") && (destinations == null || destinations.size() != 1)) {
            throw new ApiException(ErrorType.INVALID_LOGGING_CONFIGURATION,
                    "Invalid Logging Configuration: Must specify exactly one Log Destination.");
        }
        if (destinations != null) {
            for (Json destination : destinations.asList()) {
                checkDestination(destination);
            }
        }
        JsonObject.Builder logging = JsonObject.builder(3)
                .add("level", JsonString.of(effective))
                .add("includeExecutionData", JsonBoolean.of(includeData));
        if (destinations != null) {
            logging.add("destinations", destinations);
        }
        return logging.build();
    }

    /** @return the runtime's view of a checked {@code loggingConfiguration}: its level and data flag */
    static LoggingConfiguration runtimeLogging(JsonObject logging) {
        return new LoggingConfiguration(LogLevel.of(((JsonString) logging.get("level")).value()),
                logging.get("includeExecutionData") == JsonBoolean.TRUE);
    }

    private static void checkDestination(Json destination) {
        Json group = destination instanceof JsonObject object ? object.get("cloudWatchLogsLogGroup") : null;
        Json arn = group instanceof JsonObject object ? object.get("logGroupArn") : null;
        if (!(arn instanceof JsonString text) || !text.value().startsWith("arn:") || !text.value().endsWith(":*")) {
            throw new ApiException(ErrorType.INVALID_LOGGING_CONFIGURATION,
                    "Invalid Logging Configuration: The CloudWatch Logs Resource Arn must end with ':*'.");
        }
    }

    /** @return {@code {"enabled": …}}, false when absent */
    static JsonObject tracing(JsonObject given) {
        if (given == null) {
            return TRACING_OFF;
        }
        Members members = new Members(given);
        return JsonObject.of("enabled", JsonBoolean.of(members.bool("enabled", false)));
    }
}
