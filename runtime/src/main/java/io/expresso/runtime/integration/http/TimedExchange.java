package io.expresso.runtime.integration.http;

import io.expresso.runtime.net.HttpCall;
import io.expresso.runtime.net.HttpClient;
import io.expresso.runtime.net.HttpFailure;
import io.expresso.runtime.net.HttpRequest;
import io.expresso.runtime.net.HttpResponse;
import io.expresso.runtime.net.HttpResponseHandler;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One request with a deadline of its own, kept by a timer on the loop: an HTTP Task's request
 * gets AWS's 60 seconds whatever the client's general response timeout is. On expiry the call is
 * abandoned (its connection closed) and the handler hears {@link HttpFailure.Kind#RESPONSE_TIMEOUT}.
 * Loop-confined: started, answered, expired and cancelled on the same loop.
 */
final class TimedExchange implements HttpResponseHandler, HttpCall {

    private final HttpResponseHandler handler;
    private final long timeoutMillis;
    private ScheduledFuture<?> timer;
    private HttpCall call;
    private boolean ended;

    private TimedExchange(HttpResponseHandler handler, long timeoutMillis) {
        this.handler = handler;
        this.timeoutMillis = timeoutMillis;
    }

    /** Sends {@code request} from {@code loop}, which must be the calling thread. */
    static HttpCall send(HttpClient client, EventLoop loop, HttpRequest request, long timeoutMillis,
            HttpResponseHandler handler) {
        TimedExchange exchange = new TimedExchange(handler, timeoutMillis);
        // The timer first: the client may fail the request before send returns.
        exchange.timer = loop.schedule(exchange::expire, timeoutMillis, TimeUnit.MILLISECONDS);
        exchange.call = client.send(loop, request, exchange);
        return exchange;
    }

    @Override
    public void onResponse(HttpResponse response) {
        if (end()) {
            handler.onResponse(response);
        }
    }

    @Override
    public void onFailure(HttpFailure failure) {
        if (end()) {
            handler.onFailure(failure);
        }
    }

    private void expire() {
        if (end()) {
            call.cancel();
            handler.onFailure(new HttpFailure(HttpFailure.Kind.RESPONSE_TIMEOUT,
                    "No response within " + timeoutMillis + " ms."));
        }
    }

    @Override
    public void cancel() {
        if (end() && call != null) {
            call.cancel();
        }
    }

    /** @return whether this was the first ending */
    private boolean end() {
        if (ended) {
            return false;
        }
        ended = true;
        timer.cancel(false);
        return true;
    }
}
