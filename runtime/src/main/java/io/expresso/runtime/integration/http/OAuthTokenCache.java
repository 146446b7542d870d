package io.expresso.runtime.integration.http;

import io.expresso.runtime.net.HttpClient;
import io.expresso.runtime.net.HttpFailure;
import io.expresso.runtime.net.HttpResponse;
import io.expresso.runtime.net.HttpResponseHandler;
import io.netty.channel.EventLoop;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The access token of one OAuth connection, shared by every event loop without a lock: the
 * current fetch (in flight or done) sits in an {@link AtomicReference}. A task that finds no
 * usable token swaps in a new fetch by CAS and sends the token request from its own loop; tasks
 * that come meanwhile, from any loop, wait on the same fetch and are called back on their own
 * loops. A token is reused until it expires or a request using it is refused with 401
 * ({@link #invalidate}); a failed fetch is not kept, so the next task tries again.
 */
final class OAuthTokenCache {

    private final ConnectionAuth.OAuthClientCredentials settings;
    private final HttpClient client;
    private final long timeoutMillis;
    private final AtomicReference<CompletableFuture<TokenResult>> current = new AtomicReference<>();

    OAuthTokenCache(ConnectionAuth.OAuthClientCredentials settings, HttpClient client, long timeoutMillis) {
        this.settings = settings;
        this.client = client;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Hands a usable token (or the reason there is none) to {@code listener} on {@code loop}, at
     * once when one is cached.
     *
     * @param loop the calling thread's own loop
     */
    void acquire(EventLoop loop, Consumer<TokenResult> listener) {
        CompletableFuture<TokenResult> fetch;
        while (true) {
            fetch = current.get();
            if (fetch != null && usable(fetch)) {
                break;
            }
            CompletableFuture<TokenResult> fresh = new CompletableFuture<>();
            if (current.compareAndSet(fetch, fresh)) {
                fetch = fresh;
                start(loop, fresh);
                break;
            }
        }
        fetch.thenAccept(result -> deliver(loop, listener, result));
    }

    /** Forgets {@code token} after a request using it was refused, unless a newer one replaced it already. */
    void invalidate(OAuthToken token) {
        CompletableFuture<TokenResult> fetch = current.get();
        if (fetch != null && fetch.isDone() && fetch.join().token() == token) {
            current.compareAndSet(fetch, null);
        }
    }

    /** In flight (join it), or done with a token that has not expired. */
    private static boolean usable(CompletableFuture<TokenResult> fetch) {
        if (!fetch.isDone()) {
            return true;
        }
        OAuthToken token = fetch.join().token();
        return token != null && !token.expired(System.nanoTime());
    }

    private void start(EventLoop loop, CompletableFuture<TokenResult> fetch) {
        TimedExchange.send(client, loop, OAuthTokenRequest.render(settings), timeoutMillis, new HttpResponseHandler() {
            @Override
            public void onResponse(HttpResponse response) {
                fetch.complete(OAuthTokenRequest.read(response, settings.endpoint(), System.nanoTime()));
            }

            @Override
            public void onFailure(HttpFailure failure) {
                fetch.complete(OAuthTokenRequest.refused(settings.endpoint(), "could not be reached: "
                        + failure.message()));
            }
        });
    }

    /** Runs the listener on its own loop: directly when already there, else through the loop's queue. */
    private static void deliver(EventLoop loop, Consumer<TokenResult> listener, TokenResult result) {
        if (loop.inEventLoop()) {
            listener.accept(result);
            return;
        }
        try {
            loop.execute(() -> listener.accept(result));
        } catch (RejectedExecutionException e) {
            // That loop has stopped with the runtime; no task on it waits any more.
        }
    }
}
