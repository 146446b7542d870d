package io.expresso.runtime.integration.http;

/** The methods an HTTP Task may use, as AWS lists them. */
public enum RequestMethod {
    GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD;

    /** @return the method named exactly {@code name}, or {@code null} */
    public static RequestMethod of(String name) {
        return EnumText.find(values(), name);
    }

    /** @return the names in AWS's order, for messages */
    public static String[] names() {
        return EnumText.names(values());
    }
}
