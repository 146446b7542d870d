package io.expresso.http;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParseException;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.uuid.RandomUuids;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.http.api.Members;
import io.expresso.http.api.Names;
import io.expresso.http.api.Operation;
import io.expresso.http.api.OperationTable;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.observe.InternalErrorLog;
import io.expresso.runtime.observe.metrics.PrometheusText;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.CodecException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.concurrent.FastThreadLocal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Decodes each aggregated request of one connection on its event loop and dispatches it by
 * {@code X-Amz-Target}; the replies go out through the connection's {@link PipelineOrder}. Whatever
 * the input, and whatever an operation throws or fails its stage with, the answer is an AWS-shaped
 * response and, where the request's framing is intact, the connection stays usable.
 */
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
    private final PipelineOrder order;

    ApiRequestHandler(OperationTable operations, Expresso runtime, PipelineOrder order) {
        this.operations = operations;
        this.runtime = runtime;
        this.order = order;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        long sequence = order.admit();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        try {
            if (request.decoderResult().isFailure()) {
                refuse(sequence, request.decoderResult().cause(), keepAlive);
                return;
            }
            String path = pathOf(request.uri());
            if (request.method().equals(HttpMethod.GET) && path.equals("/health")) {
                order.reply(sequence, ApiResponses.success(ctx.alloc(), HEALTHY, keepAlive), keepAlive);
                return;
            }
            if (request.method().equals(HttpMethod.GET) && path.equals("/metrics")) {
                scrape(sequence, keepAlive);
                return;
            }
            String name = operationName(request, path);
            Operation operation = operations.get(name);
            if (operation == null) {
                throw new ApiException(ErrorType.UNKNOWN_OPERATION, "Operation " + name + " is not supported by Expresso");
            }
            Members members = new Members(body(request.content(), name));
            operation.invoke(members).whenComplete((response, failure) -> answer(ctx, sequence, response, failure, keepAlive));
        } catch (Throwable failure) {
            answer(ctx, sequence, null, failure, keepAlive);
        }
    }

    /** A request whose reading failed: too large (framing intact, as the aggregator skipped the body) or malformed. */
    private void refuse(long sequence, Throwable cause, boolean keepAlive) {
        if (cause instanceof ApiException refused) {
            order.reply(sequence, ApiResponses.error(refused, keepAlive), keepAlive);
        } else {
            // The framing itself is broken, so nothing after it on this connection can be trusted.
            order.reply(sequence, ApiResponses.error(new ApiException(ErrorType.SERIALIZATION, "Malformed HTTP request: "
                    + cause.getMessage()), false), false);
        }
    }

    /** Replies with the operation's result, or its failure in AWS's shape; never throws. */
    private void answer(ChannelHandlerContext ctx, long sequence, JsonObject response, Throwable failure, boolean keepAlive) {
        FullHttpResponse reply;
        try {
            reply = failure == null ? ApiResponses.success(ctx.alloc(), response, keepAlive) : errorReply(failure, keepAlive);
        } catch (Throwable unwritable) {
            reply = errorReply(unwritable, keepAlive);
        }
        order.reply(sequence, reply, keepAlive);
    }

    /** Collects and formats off the loop: collection may wait on the metrics reader lock, and a loop must not. */
    private void scrape(long sequence, boolean keepAlive) {
        CompletableFuture.supplyAsync(() -> PrometheusText.format(runtime.metrics()).getBytes(StandardCharsets.UTF_8))
                .whenComplete((text, failure) -> order.reply(sequence, failure == null
                        ? ApiResponses.text(PrometheusText.CONTENT_TYPE, text, keepAlive)
                        : errorReply(failure, keepAlive), keepAlive));
    }

    /** @return the name of the operation the request asks for */
    private static String operationName(FullHttpRequest request, String path) {
        if (!request.method().equals(HttpMethod.POST) || !path.equals("/")) {
            throw new ApiException(ErrorType.UNKNOWN_OPERATION,
                    "Expresso serves the Step Functions API at POST /; " + request.method() + " " + path + " is not an operation");
        }
        String target = request.headers().get("X-Amz-Target");
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            throw new ApiException(ErrorType.UNKNOWN_OPERATION,
                    "Missing or unknown X-Amz-Target header: expected AWSStepFunctions.<Operation>, got " + target);
        }
        return target.substring(TARGET_PREFIX.length());
    }

    /**
     * @param operation the operation's name, which says how a refused {@code name} member is answered
     * @return the request's JSON object; an empty body counts as {@code {}}
     */
    private static JsonObject body(ByteBuf content, String operation) {
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
            ApiException invalidName = Names.takesResourceName(operation) ? Names.invalidNameAt(bytes, length, (int) e.position()) : null;
            throw invalidName != null ? invalidName
                    : new ApiException(ErrorType.SERIALIZATION, "The request body is not valid JSON: " + e.getMessage());
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

    /**
     * Unwraps stage failures. Anything that is not an {@link ApiException} is a bug or a corner
     * nobody handled: reported off the loop, and answered as InternalFailure with a request id
     * that finds the report, and no internals in the message.
     */
    private static FullHttpResponse errorReply(Throwable failure, boolean keepAlive) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ApiException api) {
            return ApiResponses.error(api, keepAlive);
        }
        String requestId = RandomUuids.unique();
        InternalErrorLog.report("request " + requestId, cause);
        return ApiResponses.error(new ApiException(ErrorType.INTERNAL_FAILURE,
                "The server failed to process the request; report request id " + requestId), requestId, keepAlive);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Requests never throw past channelRead0, so this is the transport (a reset connection), the
        // codec refusing what the client sent, or a bug before this handler; the connection's state
        // is unknown either way, and only the bug is worth a report.
        if (!(cause instanceof IOException) && !(cause instanceof CodecException)) {
            InternalErrorLog.report("connection " + ctx.channel().remoteAddress(), cause);
        }
        ctx.close();
    }
}
