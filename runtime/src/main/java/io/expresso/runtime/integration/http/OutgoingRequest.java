package io.expresso.runtime.integration.http;

import java.net.URI;
import java.util.List;

/**
 * A request ready for the wire: everything resolved, merged and encoded.
 *
 * @param headers in the order they are sent; {@code Host} and {@code Content-Length} are the
 *     transport's to add
 * @param body    {@code null} for none
 */
public record OutgoingRequest(RequestMethod method, URI uri, List<NameValue> headers, byte[] body) {

    public OutgoingRequest {
        headers = List.copyOf(headers);
    }

    /** @return the first value of the header {@code name} (any case), or {@code null} */
    public String header(String name) {
        for (NameValue header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return header.value();
            }
        }
        return null;
    }
}
