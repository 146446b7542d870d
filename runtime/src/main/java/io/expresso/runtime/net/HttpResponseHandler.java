package io.expresso.runtime.net;

/**
 * Hears how a request ended, once, on the event loop the request was started on; not at all
 * after the request was {@link HttpCall#cancel() cancelled}. It must not block that loop.
 */
public interface HttpResponseHandler {

    /** A complete response arrived, whatever its status code. */
    void onResponse(HttpResponse response);

    /** No complete response will come; {@link HttpFailure#kind()} says why. */
    void onFailure(HttpFailure failure);
}
