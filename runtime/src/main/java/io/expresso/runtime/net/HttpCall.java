package io.expresso.runtime.net;

/** A request on its way, which its caller may abandon. */
public interface HttpCall {

    /**
     * Abandons the request: a queued request leaves the queue; one being sent or answered closes
     * its connection, which cannot be reused in the middle of an exchange. The handler hears
     * nothing afterwards. Callable from any thread, any number of times; does nothing once the
     * request has ended.
     */
    void cancel();
}
