package io.expresso.http;

import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonSerializer;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.uuid.RandomUuids;
import io.expresso.http.api.ApiException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Builds AWS JSON 1.0 responses: success bodies and {@code {"__type", "message"}} errors. Building
 * is apart from writing, so that {@link PipelineOrder} can hold a reply back until the replies to
 * earlier requests of its connection have left.
 */
final class ApiResponses {

    static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private ApiResponses() {
    }

    static FullHttpResponse success(ByteBufAllocator alloc, JsonObject members, boolean keepAlive) {
        // Copied once, from the thread's serializer into the buffer the socket writes from.
        JsonSerializer serializer = JsonSerializer.forThisThread();
        int length = serializer.serialize(members);
        ByteBuf body = alloc.ioBuffer(length).writeBytes(serializer.buffer(), 0, length);
        return response(HttpResponseStatus.OK, CONTENT_TYPE, body, null, RandomUuids.unique(), keepAlive);
    }

    /** A 200 with a body that is not AWS JSON ({@code /metrics}). */
    static FullHttpResponse text(String contentType, byte[] body, boolean keepAlive) {
        return response(HttpResponseStatus.OK, contentType, Unpooled.wrappedBuffer(body), null, RandomUuids.unique(), keepAlive);
    }

    static FullHttpResponse error(ApiException error, boolean keepAlive) {
        return error(error, RandomUuids.unique(), keepAlive);
    }

    /** @param requestId the id the caller also gave to whatever else it said about this request */
    static FullHttpResponse error(ApiException error, String requestId, boolean keepAlive) {
        JsonObject.Builder body = JsonObject.builder(3)
                .add("__type", JsonString.of(error.type().type()))
                .add("message", JsonString.of(error.getMessage()));
        if (error.resourceName() != null) {
            body.add("resourceName", JsonString.of(error.resourceName()));
        }
        return response(HttpResponseStatus.valueOf(error.type().status()), CONTENT_TYPE,
                Unpooled.wrappedBuffer(JsonSerializer.toBytes(body.build())), error.type().code(), requestId, keepAlive);
    }

    private static FullHttpResponse response(HttpResponseStatus status, String contentType, ByteBuf body, String errorType,
            String requestId, boolean keepAlive) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes())
                .set("x-amzn-RequestId", requestId)
                .set(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        if (errorType != null) {
            // The bare name: Java and JS clients read this header before the body.
            response.headers().set("x-amzn-ErrorType", errorType);
        }
        return response;
    }
}
