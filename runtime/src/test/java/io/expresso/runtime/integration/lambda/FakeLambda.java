package io.expresso.runtime.integration.lambda;

import io.expresso.runtime.net.LoopbackHttpServer;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Lambda Invoke API server on a loopback port, answering as Lambda (and {@code sam local}) do,
 * by function name: {@code echo} returns its event, {@code declined} fails with an error document,
 * {@code flaky} fails twice then succeeds, {@code untyped} fails without an errorType, {@code text}
 * returns a payload that is not JSON, {@code throttled} is refused with 429, {@code broken} with
 * 501, {@code hang} never answers; any other name is not found (404, {@code sam local}'s short code).
 */
public final class FakeLambda implements LoopbackHttpServer.Behaviour {

    static final String DECLINED_DOCUMENT = "{\"errorMessage\": \"card declined\", \"errorType\": \"PaymentDeclined\","
            + " \"requestId\": \"7f0c\", \"stackTrace\": [\"charge.py:3\"]}";

    final AtomicInteger flakyCalls = new AtomicInteger();

    @Override
    public void answer(ChannelHandlerContext ctx, FullHttpRequest request, int exchange) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        int api = uri.path().indexOf("/2015-03-31/");
        String[] path = api < 0 ? new String[0] : uri.path().substring(api).split("/");
        if (path.length != 5 || !"invocations".equals(path[4])) {
            ctx.writeAndFlush(LoopbackHttpServer.response(404, "{\"Type\":\"LocalService\",\"Message\":\"PathNotFoundException\"}"));
            return;
        }
        List<String> qualifier = uri.parameters().get("Qualifier");
        String version = qualifier == null ? "$LATEST" : qualifier.get(0);
        String event = request.content().toString(StandardCharsets.UTF_8);
        switch (path[3]) {
            case "echo" -> ctx.writeAndFlush(success(event, version));
            case "text" -> ctx.writeAndFlush(success("not json", version));
            case "declined" -> ctx.writeAndFlush(functionError(DECLINED_DOCUMENT));
            case "untyped" -> ctx.writeAndFlush(functionError("{\"errorMessage\":\"Task timed out after 3.00 seconds\"}"));
            case "flaky" -> ctx.writeAndFlush(flakyCalls.incrementAndGet() <= 2
                    ? functionError(DECLINED_DOCUMENT) : success("{\"charged\":true}", version));
            case "throttled" -> {
                FullHttpResponse response = LoopbackHttpServer.response(429, "{\"Type\":\"User\",\"message\":\"Rate exceeded\"}");
                response.headers().set("x-amzn-ErrorType", "TooManyRequestsException:http://internal.amazon.com/coral/");
                response.headers().set("x-amzn-RequestId", "req-429");
                ctx.writeAndFlush(response);
            }
            case "broken" -> {
                FullHttpResponse response = LoopbackHttpServer.response(501,
                        "{\"Type\":\"LocalService\",\"Message\":\"Not implemented here\"}");
                response.headers().set("x-amzn-errortype", "NotImplemented");
                ctx.writeAndFlush(response);
            }
            case "hang" -> { }
            default -> {
                FullHttpResponse response = LoopbackHttpServer.response(404, "{\"Type\":\"User\",\"Message\":\"Function not found:"
                        + " arn:aws:lambda:us-west-2:012345678901:function:" + path[3] + "\"}");
                response.headers().set("x-amzn-errortype", "ResourceNotFound");
                ctx.writeAndFlush(response);
            }
        }
    }

    private static FullHttpResponse success(String payload, String version) {
        FullHttpResponse response = LoopbackHttpServer.response(200, payload);
        response.headers().set("X-Amz-Executed-Version", version);
        response.headers().set("x-amzn-RequestId", "req-200");
        return response;
    }

    private static FullHttpResponse functionError(String document) {
        FullHttpResponse response = LoopbackHttpServer.response(200, document);
        response.headers().set("X-Amz-Function-Error", "Unhandled");
        response.headers().set("x-amzn-RequestId", "req-err");
        return response;
    }
}
