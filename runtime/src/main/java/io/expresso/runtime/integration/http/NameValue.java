package io.expresso.runtime.integration.http;

import java.util.Objects;

/** One header, query-string or body parameter: EventBridge's {@code {Key, Value}}, or a request header. */
public record NameValue(String name, String value) {

    public NameValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
