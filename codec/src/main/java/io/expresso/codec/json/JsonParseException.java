package io.expresso.codec.json;

/** Text that is not one well-formed JSON value; the message names the byte offset of the problem. */
public final class JsonParseException extends RuntimeException {

    private final long position;

    public JsonParseException(String message, long position) {
        super(message + " at position " + position);
        this.position = position;
    }

    /** @return the zero-based byte offset where the problem was found */
    public long position() {
        return position;
    }
}
