package io.expresso.runtime.integration.http;

/** {@code Transform.RequestBodyEncoding}: how the {@code RequestBody} becomes the HTTP body. */
public enum BodyEncoding {
    /** The body is the serialized JSON of {@code RequestBody} (a string is sent as its text). */
    NONE,
    /** The body is {@code RequestBody} as {@code form-urlencoded} data, arrays per {@link ArrayFormat}. */
    URL_ENCODED;

    /** @return the encoding named exactly {@code name}, or {@code null} */
    public static BodyEncoding of(String name) {
        return EnumText.find(values(), name);
    }

    /** @return the names in AWS's order, for messages */
    public static String[] names() {
        return EnumText.names(values());
    }
}
