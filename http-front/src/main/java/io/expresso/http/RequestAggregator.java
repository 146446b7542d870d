package io.expresso.http;

import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Aggregates request bodies up to AWS's 1 MB request limit. An oversized request goes on as an
 * empty request that failed with AWS's validation error instead of Netty's bare 413, so that its
 * answer takes its turn among the connection's replies; its remaining content is discarded and the
 * connection goes on serving the next request.
 */
final class RequestAggregator extends HttpObjectAggregator {

    /** The whole-request limit of the Step Functions API. */
    static final int MAX_REQUEST_BYTES = 1_048_576;

    RequestAggregator() {
        super(MAX_REQUEST_BYTES);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        long declared = HttpUtil.getContentLength(oversized, -1L);
        String size = declared >= 0 ? declared + " bytes" : "a body";
        HttpRequest head = (HttpRequest) oversized;
        FullHttpRequest refused = new DefaultFullHttpRequest(head.protocolVersion(), head.method(), head.uri(), Unpooled.EMPTY_BUFFER);
        refused.headers().set(head.headers());
        refused.setDecoderResult(DecoderResult.failure(new ApiException(ErrorType.VALIDATION, "1 validation error detected: Request of "
                + size + " exceeds the maximum request size of " + MAX_REQUEST_BYTES + " bytes")));
        ctx.fireChannelRead(refused);
    }
}
