package io.expresso.runtime.integration.http;

/**
 * {@code Transform.RequestEncodingOptions.ArrayFormat}: how a URL-encoded body writes an array
 * {@code {"array": ["a", "b"]}}.
 */
public enum ArrayFormat {
    /** {@code array[0]=a&array[1]=b}; AWS's default. */
    INDICES,
    /** {@code array=a&array=b}. */
    REPEAT,
    /** {@code array=a,b}. */
    COMMAS,
    /** {@code array[]=a&array[]=b}. */
    BRACKETS;

    /** @return the format named exactly {@code name}, or {@code null} */
    public static ArrayFormat of(String name) {
        return EnumText.find(values(), name);
    }

    /** @return the names in AWS's order, for messages */
    public static String[] names() {
        return EnumText.names(values());
    }
}
