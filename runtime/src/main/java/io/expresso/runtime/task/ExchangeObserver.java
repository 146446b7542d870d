package io.expresso.runtime.task;

import io.expresso.runtime.net.HttpRequest;
import io.expresso.runtime.net.HttpResponse;

/**
 * Sees the HTTP exchanges that the Tasks of one execution make, for a tool that shows what a
 * state did: TestState at inspection level TRACE. Only an execution started with an observer has
 * one ({@link TaskInvocation#exchangeObserver()}); every other execution pays a null check per
 * HTTP Task attempt and nothing else. Called on the execution's loop, so an observer records and
 * returns; it is read by whoever waits for the execution's result, after it.
 */
public interface ExchangeObserver {

    /**
     * A request is about to be sent. An attempt may send more than one (an OAuth token refused with
     * 401 is fetched again and the request repeated); each is followed by {@link #responded} when an
     * answer comes.
     *
     * @param sent           the request as it goes out, with what configuration adds to it: a
     *     connection's credentials and invocation parameters
     * @param withoutSecrets the request as the Task's own parameters make it, without what the
     *     connection adds; the same object when there is no connection
     */
    void requested(HttpRequest sent, HttpRequest withoutSecrets);

    /** The answer to the last request arrived, whatever its status. */
    void responded(HttpResponse response);
}
