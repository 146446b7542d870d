package io.expresso.http;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.http.api.Members;
import io.expresso.http.api.Operation;
import io.expresso.http.api.OperationTable;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.observe.metrics.PrometheusText;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.concurrent.FastThreadLocal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Decodes one aggregated request on the event loop that received it and dispatches it by
 * {@code X-Amz-Target}. Whatever the input, the answer is an AWS-shaped response and the
 * connection stays usable: nothing thrown by decoding or an operation escapes to Netty.
 */
@ChannelHandler.Sharable
final class ApiRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final String TARGET_PREFIX = "AWSStepFunctions.";
    private static final JsonObject HEALTHY = JsonObject.of("healthy", JsonBoolean.TRUE);

    /**
     * Each loop copies request bodies into one array of its own, reused from request to request:
     * the parsed value keeps nothing of it.
     */
    private static final FastThreadLocal<byte[]> REQUEST_BYTES = new FastThreadLocal<>() {
        @Override
        protected byte[] initialValue() {
            return new byte[8192];
        }
    };

    private final OperationTable operations;
    private final Expresso runtime;

    ApiRequestHandler(OperationTable operations, Expresso runtime) {
        this.operations = operations;
        this.runtime = runtime;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (request.decoderResult().isFailure()) {
            // The framing itself is broken, so nothing after it on this connection can be trusted.
            ApiResponses.error(ctx, new ApiException(ErrorType.SERIALIZATION, "Malformed HTTP request: "
                    + request.decoderResult().cause().getMessage()), false);
            return;
        }
        String path = pathOf(request.uri());
        if (request.method().equals(HttpMethod.GET) && path.equals("/health")) {
            ApiResponses.success(ctx, HEALTHY, keepAlive);
            return;
        }
        if (request.method().equals(HttpMethod.GET) && path.equals("/metrics")) {
            scrape(ctx, keepAlive);
            return;
        }
        try {
            Operation operation = route(request, path);
            Members members = new Members(body(request.content()));
            CompletionStage<JsonObject> reply = operation.invoke(members);
            reply.whenComplete((response, failure) -> {
                if (failure == null) {
                    ApiResponses.success(ctx, response, keepAlive);
                } else {
                    ApiResponses.error(ctx, asApiException(failure), keepAlive);
                }
            });
        } catch (RuntimeException failure) {
            ApiResponses.error(ctx, asApiException(failure), keepAlive);
        }
    }

    /** Collects and formats off the loop: collection may wait on the metrics reader lock, and a loop must not. */
    private void scrape(ChannelHandlerContext ctx, boolean keepAlive) {
        CompletableFuture.supplyAsync(() -> PrometheusText.format(runtime.metrics()).getBytes(StandardCharsets.UTF_8))
                .whenComplete((text, failure) -> {
                    if (failure == null) {
                        ApiResponses.text(ctx, PrometheusText.CONTENT_TYPE, text, keepAlive);
                    } else {
                        ApiResponses.error(ctx, asApiException(failure), keepAlive);
                    }
                });
    }

    private Operation route(FullHttpRequest request, String path) {
        if (!request.method().equals(HttpMethod.POST) || !path.equals("/")) {
            throw new ApiException(ErrorType.UNKNOWN_OPERATION,
                    "Expresso serves the Step Functions API at POST /; " + request.method() + " " + path + " is not an operation");
        }
        String target = request.headers().get("X-Amz-Target");
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            throw new ApiException(ErrorType.UNKNOWN_OPERATION,
                    "Missing or unknown X-Amz-Target header: expected AWSStepFunctions.<Operation>, got " + target);
        }
        String name = target.substring(TARGET_PREFIX.length());
        Operation operation = operations.get(name);
        if (operation == null) {
            throw new ApiException(ErrorType.UNKNOWN_OPERATION, "Operation " + name + " is not supported by Expresso");
        }
        return operation;
    }

    /** @return the request's JSON object; an empty body counts as {@code {}} */
    private static JsonObject body(ByteBuf content) {
        if (!content.isReadable()) {
            return JsonObject.EMPTY;
        }
        int length = content.readableBytes();
        byte[] bytes = REQUEST_BYTES.get();
        if (bytes.length < length) {
            bytes = new byte[Math.max(length, bytes.length * 2)];
            REQUEST_BYTES.set(bytes);
        }
        content.getBytes(content.readerIndex(), bytes, 0, length);
        Json parsed;
        try {
            parsed = JsonParser.parse(bytes, length);
        } catch (JsonParseException e) {
            throw new ApiException(ErrorType.SERIALIZATION, "The request body is not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof JsonObject object)) {
            throw new ApiException(ErrorType.SERIALIZATION, "The request body must be a JSON object, was a " + parsed.kind());
        }
        return object;
    }

    private static String pathOf(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    /** Unwraps stage failures; anything that is not an {@link ApiException} is a bug, reported as InternalFailure. */
    private static ApiException asApiException(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ApiException api) {
            return api;
        }
        System.err.println("expresso: internal failure while serving a request");
        cause.printStackTrace();
        return new ApiException(ErrorType.INTERNAL_FAILURE, "Internal failure: " + cause);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Only transport errors reach here (a reset connection); requests never throw past channelRead0.
        ctx.close();
    }
}
