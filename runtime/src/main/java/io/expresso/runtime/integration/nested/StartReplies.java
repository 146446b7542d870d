package io.expresso.runtime.integration.nested;

import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.uuid.RandomUuids;
import io.expresso.runtime.Billing;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.ExecutionStatus;
import io.expresso.runtime.exec.Timestamps;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The results the Task states see. The optimized integration returns the API reply with
 * PascalCase keys in the Java SDK v1 shape (dates as epoch milliseconds, {@code SdkHttpMetadata}
 * and {@code SdkResponseMetadata}, keys in alphabetical order, as recorded); the AWS SDK
 * integration returns the SDK v2 reply with PascalCase keys and ISO-8601 dates.
 */
final class StartReplies {

    private static final String JSON_1_0 = "application/x-amz-json-1.0";
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final JsonObject INCLUDED = JsonObject.of("Included", JsonBoolean.TRUE);
    private static final JsonObject NOT_INCLUDED = JsonObject.of("Included", JsonBoolean.FALSE);

    private StartReplies() {
    }

    /** {@code states:startExecution}: {@code ExecutionArn}, {@code SdkHttpMetadata}, {@code SdkResponseMetadata}, {@code StartDate}. */
    static JsonObject optimizedStart(ChildExecution child) {
        String requestId = RandomUuids.unique();
        // The length of the API reply the SDK read: {"executionArn":"…","startDate":<epoch seconds>}.
        String contentLength = Integer.toString(("{\"executionArn\":\"" + child.executionArn() + "\",\"startDate\":"
                + BigDecimal.valueOf(child.startMillis(), 3) + "}").getBytes(StandardCharsets.UTF_8).length);
        String date = HTTP_DATE.format(Instant.ofEpochMilli(child.startMillis()));
        JsonObject allHeaders = JsonObject.builder(5)
                .add("x-amzn-RequestId", JsonArray.of(JsonString.of(requestId)))
                .add("connection", JsonArray.of(JsonString.of("keep-alive")))
                .add("Content-Length", JsonArray.of(JsonString.of(contentLength)))
                .add("Date", JsonArray.of(JsonString.of(date)))
                .add("Content-Type", JsonArray.of(JsonString.of(JSON_1_0)))
                .build();
        JsonObject headers = JsonObject.builder(5)
                .add("connection", JsonString.of("keep-alive"))
                .add("Content-Length", JsonString.of(contentLength))
                .add("Content-Type", JsonString.of(JSON_1_0))
                .add("Date", JsonString.of(date))
                .add("x-amzn-RequestId", JsonString.of(requestId))
                .build();
        return JsonObject.builder(4)
                .add("ExecutionArn", JsonString.of(child.executionArn()))
                .add("SdkHttpMetadata", JsonObject.builder(3)
                        .add("AllHttpHeaders", allHeaders)
                        .add("HttpHeaders", headers)
                        .add("HttpStatusCode", JsonNumber.of(200))
                        .build())
                .add("SdkResponseMetadata", JsonObject.of("RequestId", JsonString.of(requestId)))
                .add("StartDate", JsonNumber.of(child.startMillis()))
                .build();
    }

    /** {@code aws-sdk:sfn:startExecution}: {@code ExecutionArn}, {@code StartDate} (recorded). */
    static JsonObject sdkStart(ChildExecution child) {
        return JsonObject.builder(2)
                .add("ExecutionArn", JsonString.of(child.executionArn()))
                .add("StartDate", JsonString.of(Timestamps.format(child.startMillis())))
                .build();
    }

    /**
     * {@code aws-sdk:sfn:startSyncExecution}: the StartSyncExecution reply, members in the API
     * model's order. A child that failed or timed out is a successful call with its {@code Status},
     * {@code Error} and {@code Cause}; the Task does not fail.
     */
    static JsonObject sdkSync(StartRequest request, ExecutionResult result) {
        boolean succeeded = result.status() == ExecutionStatus.SUCCEEDED;
        // The API's status enum has no ABORTED: a child cut short by a shutdown reports as failed.
        String status = result.status() == ExecutionStatus.ABORTED ? "FAILED" : result.status().name();
        byte[] input = JsonSerializer.toBytes(result.input());
        byte[] output = succeeded ? JsonSerializer.toBytes(result.output()) : null;
        JsonObject.Builder reply = JsonObject.builder(14)
                .add("ExecutionArn", JsonString.of(result.executionArn()))
                .add("StateMachineArn", JsonString.of(result.stateMachineArn()))
                .add("Name", JsonString.of(result.name()))
                .add("StartDate", JsonString.of(Timestamps.format(result.startMillis())))
                .add("StopDate", JsonString.of(Timestamps.format(result.stopMillis())))
                .add("Status", JsonString.of(status));
        if (result.error() != null) {
            reply.add("Error", JsonString.of(result.error()));
        }
        if (result.cause() != null) {
            reply.add("Cause", JsonString.of(result.cause()));
        }
        if (!request.metadataOnly()) {
            reply.add("Input", JsonString.of(new String(input, StandardCharsets.UTF_8)));
        }
        reply.add("InputDetails", request.metadataOnly() ? NOT_INCLUDED : INCLUDED);
        if (succeeded && !request.metadataOnly()) {
            reply.add("Output", JsonString.of(new String(output, StandardCharsets.UTF_8)));
        }
        reply.add("OutputDetails", request.metadataOnly() ? NOT_INCLUDED : INCLUDED);
        if (request.traceHeader() != null) {
            reply.add("TraceHeader", JsonString.of(request.traceHeader()));
        }
        // AWS counts the definition's size too; it is not at hand here, and within Express's
        // payload limits the estimate is 64 MB with or without it.
        long payloadBytes = input.length + (output == null ? 0 : output.length);
        return reply.add("BillingDetails", JsonObject.builder(2)
                        .add("BilledMemoryUsedInMB", JsonNumber.of(Billing.memoryMb(payloadBytes)))
                        .add("BilledDurationInMilliseconds",
                                JsonNumber.of(Billing.durationMillis(result.stopMillis() - result.startMillis())))
                        .build())
                .build();
    }
}
