package io.expresso.runtime.integration.http;

import java.util.List;

/**
 * A response as it came off the wire.
 *
 * @param reason  the reason phrase of the status line ({@code OK}, {@code Not Found})
 * @param headers in the order received, names as the server wrote them
 */
public record HttpResponseData(int status, String reason, List<NameValue> headers, byte[] body) {

    public HttpResponseData {
        headers = List.copyOf(headers);
    }
}
