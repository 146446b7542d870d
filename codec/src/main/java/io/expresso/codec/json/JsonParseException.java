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

    /**
     * @param content the bytes that were parsed
     * @return where the problem is in {@code content}, as {@code line:column}, both from 1
     *     (columns count characters, not bytes), for messages about configuration files
     */
    public String lineAndColumn(byte[] content) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < content.length && i < position; i++) {
            if (content[i] == '\n') {
                line++;
                column = 1;
            } else if ((content[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return line + ":" + column;
    }
}
