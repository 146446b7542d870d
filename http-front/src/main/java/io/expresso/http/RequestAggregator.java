package io.expresso.http;

import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Aggregates request bodies up to AWS's 1 MB request limit (limits.md §3). An oversized request
 * is answered with an AWS-shaped error instead of Netty's bare 413, and its remaining content is
 * discarded so the connection goes on serving the next request.
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
        ApiResponses.error(ctx, new ApiException(ErrorType.VALIDATION, "1 validation error detected: Request of " + size
                + " exceeds the maximum request size of " + MAX_REQUEST_BYTES + " bytes"), HttpUtil.isKeepAlive(oversized));
    }
}
