package io.expresso.http;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.RequestIds;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/** Writes AWS JSON 1.0 responses: success bodies and {@code {"__type", "message"}} errors (api.md §1.2, §1.3). */
final class ApiResponses {

    static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private ApiResponses() {
    }

    static void success(ChannelHandlerContext ctx, JsonObject members, boolean keepAlive) {
        // Copied once, from the thread's serializer into the buffer the socket writes from.
        JsonSerializer serializer = JsonSerializer.forThisThread();
        int length = serializer.serialize(members);
        ByteBuf body = ctx.alloc().ioBuffer(length).writeBytes(serializer.buffer(), 0, length);
        write(ctx, HttpResponseStatus.OK, CONTENT_TYPE, body, null, keepAlive);
    }

    /** A 200 with a body that is not AWS JSON ({@code /metrics}). */
    static void text(ChannelHandlerContext ctx, String contentType, byte[] body, boolean keepAlive) {
        write(ctx, HttpResponseStatus.OK, contentType, Unpooled.wrappedBuffer(body), null, keepAlive);
    }

    static void error(ChannelHandlerContext ctx, ApiException error, boolean keepAlive) {
        JsonObject.Builder body = JsonObject.builder(3)
                .add("__type", JsonString.of(error.type().type()))
                .add("message", JsonString.of(error.getMessage()));
        if (error.resourceName() != null) {
            body.add("resourceName", JsonString.of(error.resourceName()));
        }
        write(ctx, HttpResponseStatus.valueOf(error.type().status()), CONTENT_TYPE, Unpooled.wrappedBuffer(JsonSerializer.toBytes(body.build())),
                error.type().code(),
                keepAlive);
    }

    private static void write(ChannelHandlerContext ctx, HttpResponseStatus status, String contentType, ByteBuf body, String errorType,
            boolean keepAlive) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes())
                .set("x-amzn-RequestId", RequestIds.next());
        if (errorType != null) {
            // The bare name: Java and JS clients read this header before the body (api.md §1.3).
            response.headers().set("x-amzn-ErrorType", errorType);
        }
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response, ctx.voidPromise());
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
