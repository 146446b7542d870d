package io.expresso.codec.json;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads JSON text into {@link Json} values with dsl-json's tokenizer.
 *
 * <p>Strict: one value per text, no trailing content, no duplicate keys, no raw control
 * characters or invalid UTF-8 in strings, no unpaired surrogates, nesting at most
 * {@value #MAX_DEPTH} deep, numbers at most {@value JsonNumber#MAX_LENGTH} characters long. Work
 * is linear in the input's length. A parser keeps a reader and a key cache; it is not thread-safe,
 * so each thread (each event loop) owns one, or uses {@link #parse(byte[])}.
 */
public final class JsonParser {

    /**
     * Jackson's default nesting limit, which AWS's Java front most likely applies; the same as
     * the limit on values built at run time, so that whatever is read can be written and read back.
     */
    public static final int MAX_DEPTH = Json.MAX_DEPTH;

    private static final DslJson<Object> DSL =
            new DslJson<>(new DslJson.Settings<>().useKeyCache(new InterningKeyCache()));
    private static final ThreadLocal<JsonParser> PER_THREAD = ThreadLocal.withInitial(JsonParser::new);

    private final JsonReader<Object> reader = DSL.newReader(new byte[0]);
    private byte[] input;
    /** The serialized size of the string {@link #readString()} just read, or 0 when it had escapes. */
    private int lastStringSize;
    /** The serialized size of the key {@link #readKey()} just read. */
    private int lastKeySize;
    private int length;
    /**
     * Byte offsets of the keys of the objects being read, innermost object last, so that a
     * duplicate-key error can point at the repeated key rather than at its object.
     */
    private int[] keyPositions = new int[64];
    private int keyCount;

    /** Parses with this thread's parser. */
    public static Json parse(byte[] bytes) {
        return PER_THREAD.get().read(bytes, bytes.length);
    }

    /**
     * Parses {@code bytes[0, length)} with this thread's parser; the value keeps no reference to
     * {@code bytes}, so a caller may reuse the array for its next document.
     */
    public static Json parse(byte[] bytes, int length) {
        return PER_THREAD.get().read(bytes, length);
    }

    /** Parses with this thread's parser. */
    public static Json parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return PER_THREAD.get().read(bytes, bytes.length);
    }

    /**
     * @return the one JSON value in {@code bytes[0, length)}
     * @throws JsonParseException if the text is not exactly one well-formed JSON value
     */
    public Json read(byte[] bytes, int length) {
        this.input = bytes;
        this.length = length;
        this.keyCount = 0;
        try {
            reader.process(bytes, length);
            // dsl-json reports whitespace-only text as a truncated value; say what is missing instead.
            if (isBlank(bytes, length)) {
                throw new JsonParseException("Empty input, expected a JSON value", length);
            }
            reader.getNextToken();
            Json value = readValue(0);
            if (hasMoreContent()) {
                throw error("Unexpected content after the JSON value", reader.getCurrentIndex() - 1);
            }
            return value;
        } catch (JsonParseException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // dsl-json reports malformed input as ParsingException, and a few truncated inputs as
            // index errors; either way the message names where reading stopped.
            throw error(describe(e), Math.min(reader.getCurrentIndex(), length));
        } finally {
            this.input = null;
        }
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (!isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (e instanceof com.dslplatform.json.ParsingException && message != null) {
            int at = message.indexOf(" at position");
            return at > 0 ? message.substring(0, at) : message;
        }
        return "Unexpected end of input";
    }

    /**
     * @return whether a token follows the value (and was read); whitespace is skipped here because
     *     dsl-json's tokenizer treats a whitespace-only tail as a truncated value
     */
    private boolean hasMoreContent() throws IOException {
        int i = reader.getCurrentIndex();
        while (i < length && isWhitespace(input[i])) {
            i++;
        }
        if (i >= length) {
            return false;
        }
        reader.getNextToken();
        return true;
    }

    private Json readValue(int depth) throws IOException {
        byte token = reader.last();
        switch (token) {
            case '{':
                return readObject(depth + 1);
            case '[':
                return readArray(depth + 1);
            case '"':
                String text = readString();
                return JsonString.parsed(text, lastStringSize);
            case 't':
                if (!reader.wasTrue()) {
                    throw error("Invalid literal, expected true", tokenStart());
                }
                return JsonBoolean.TRUE;
            case 'f':
                if (!reader.wasFalse()) {
                    throw error("Invalid literal, expected false", tokenStart());
                }
                return JsonBoolean.FALSE;
            case 'n':
                if (!reader.wasNull()) {
                    throw error("Invalid literal, expected null", tokenStart());
                }
                return JsonNull.NULL;
            default:
                if (token == '-' || (token >= '0' && token <= '9')) {
                    return readNumber();
                }
                throw error("Unexpected character '" + printable(token) + "', expected a JSON value", tokenStart());
        }
    }

    private int tokenStart() {
        return reader.getCurrentIndex() - 1;
    }

    private JsonObject readObject(int depth) throws IOException {
        checkDepth(depth);
        byte token = reader.getNextToken();
        if (token == '}') {
            return JsonObject.EMPTY;
        }
        JsonObject.Builder builder = JsonObject.builder(8);
        int firstKey = keyCount;
        // The object's serialized size, summed while reading: every part's size is at hand here.
        int bytes = 1;
        while (true) {
            if (token != '"') {
                throw error("Expected a quoted object key", tokenStart());
            }
            pushKeyPosition(tokenStart());
            String key = readKey();
            int keySize = lastKeySize; // read before the value, whose own keys overwrite it
            Json value = readValue(depth);
            builder.add(key, value);
            bytes += keySize + 2 + value.serializedSize();
            token = reader.getNextToken();
            if (token == '}') {
                break;
            }
            if (token != ',') {
                throw error("Expected ',' or '}' in object", tokenStart());
            }
            token = reader.getNextToken();
        }
        JsonObject object = builder.buildIfDistinct();
        if (object != null) {
            object.knownSize(bytes);
        }
        if (object == null) {
            int repeated = builder.firstRepeatedKey();
            throw error("Duplicate key '" + builder.keyAt(repeated) + "' in an object", keyPositions[firstKey + repeated]);
        }
        keyCount = firstKey;
        return object;
    }

    private void pushKeyPosition(int position) {
        if (keyCount == keyPositions.length) {
            keyPositions = Arrays.copyOf(keyPositions, keyCount * 2);
        }
        keyPositions[keyCount++] = position;
    }

    private JsonArray readArray(int depth) throws IOException {
        checkDepth(depth);
        byte token = reader.getNextToken();
        if (token == ']') {
            return JsonArray.EMPTY;
        }
        JsonArray.Builder builder = new JsonArray.Builder(8);
        int bytes = 1;
        while (true) {
            Json value = readValue(depth);
            builder.add(value);
            bytes += value.serializedSize() + 1;
            token = reader.getNextToken();
            if (token == ']') {
                JsonArray array = builder.build();
                array.knownSize(bytes);
                return array;
            }
            if (token != ',') {
                throw error("Expected ',' or ']' in array", tokenStart());
            }
            reader.getNextToken();
        }
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("Nesting deeper than " + MAX_DEPTH + " levels", tokenStart());
        }
    }

    /**
     * Reads an object key and the {@code :} after it, leaving the reader on the value's first
     * token. The raw bytes are checked first, which also finds the closing quote; the key itself
     * comes from dsl-json's key cache (interned, see {@link InterningKeyCache}).
     */
    private String readKey() throws IOException {
        int open = tokenStart();
        int close = closingQuote(open + 1);
        if (close < 0) {
            readString(); // unterminated or broken: the string reader names the fault
            throw error("Expected ':' after object key", reader.getCurrentIndex());
        }
        boolean escaped = checkStringBytes(open + 1, close);
        int colon = close + 1;
        while (colon < length && isWhitespace(input[colon])) {
            colon++;
        }
        if (colon >= length) {
            throw error("Unexpected end of JSON input", colon);
        }
        if (input[colon] != ':') {
            throw error("Expected ':' after object key", colon);
        }
        String key = reader.readKey();
        if (escaped) {
            checkSurrogates(key, open);
            lastKeySize = JsonString.quotedLength(key);
        } else {
            lastKeySize = close - open + 1;
        }
        return key;
    }

    /** @return the index of the quote that ends the string starting at {@code from}, or -1 */
    private int closingQuote(int from) {
        byte[] in = input;
        for (int i = from; i < length; i++) {
            byte b = in[i];
            if (b == '"') {
                return i;
            }
            if (b == '\\') {
                i++;
            }
        }
        return -1;
    }

    private String readString() throws IOException {
        int open = tokenStart();
        String value;
        try {
            value = reader.readString();
        } catch (IOException | RuntimeException e) {
            // dsl-json's decoder can run past a closing quote hidden in a broken UTF-8 sequence
            // and then blame the end of input; find the real fault in the raw bytes first.
            checkUnreadableString(open + 1);
            throw e;
        }
        int close = reader.getCurrentIndex() - 1;
        if (checkStringBytes(open + 1, close)) {
            checkSurrogates(value, open);
            lastStringSize = 0;
        } else {
            // Without escapes the serializer writes exactly the bytes that were read, quotes included.
            lastStringSize = close - open + 1;
        }
        return value;
    }

    /**
     * dsl-json decodes strings leniently, so the raw bytes are checked here: no control characters
     * below U+0020 and well-formed UTF-8.
     *
     * @return whether the string contains a backslash escape (and so may hold a decoded surrogate)
     */
    private boolean checkStringBytes(int from, int to) {
        byte[] in = input;
        boolean escaped = false;
        int i = from;
        while (i < to) {
            int b = in[i];
            if (b >= 0x20) {
                escaped |= b == '\\';
                i++;
            } else if (b >= 0) {
                throw error("Unescaped control character U+" + String.format("%04X", b) + " in a string", i);
            } else {
                i = checkUtf8Sequence(in, i, to);
            }
        }
        return escaped;
    }

    /** Throws for the first raw control character or invalid UTF-8 before the string's closing quote, if any. */
    private void checkUnreadableString(int from) {
        byte[] in = input;
        int i = from;
        while (i < length) {
            int b = in[i];
            if (b == '"') {
                return;
            }
            if (b == '\\') {
                i += 2;
            } else if (b >= 0x20) {
                i++;
            } else if (b >= 0) {
                throw error("Unescaped control character U+" + String.format("%04X", b) + " in a string", i);
            } else {
                i = checkUtf8Sequence(in, i, length);
            }
        }
    }

    private int checkUtf8Sequence(byte[] in, int i, int to) {
        int b = in[i] & 0xFF;
        int need;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            if (b == 0xE0) {
                low = 0xA0;
            } else if (b == 0xED) {
                high = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F;
            }
        } else {
            throw error("Invalid UTF-8 byte 0x" + Integer.toHexString(b), i);
        }
        if (i + need >= to) {
            throw error("Truncated UTF-8 sequence", i);
        }
        for (int k = 1; k <= need; k++) {
            int c = in[i + k] & 0xFF;
            int min = k == 1 ? low : 0x80;
            int max = k == 1 ? high : 0xBF;
            if (c < min || c > max) {
                throw error("Invalid UTF-8 sequence", i);
            }
        }
        return i + need + 1;
    }

    private void checkSurrogates(String value, int position) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw error("Unpaired surrogate \\u" + Integer.toHexString(c) + " in a string", position);
            }
            if (Character.isLowSurrogate(c)) {
                throw error("Unpaired surrogate \\u" + Integer.toHexString(c) + " in a string", position);
            }
        }
    }

    private JsonNumber readNumber() throws IOException {
        int start = reader.scanNumber();
        int end = JsonNumberGrammar.scan(input, start, length);
        if (end == start) {
            throw error("Malformed number", start);
        }
        // dsl-json stops at the first delimiter; anything it passed over besides whitespace is junk:
        // part of the number when it touches it (01, 1x), else a value missing its separator (1 2).
        for (int i = end; i < reader.getCurrentIndex() && i < length; i++) {
            byte b = input[i];
            if (!isWhitespace(b) && !isDelimiter(b)) {
                if (i == end) {
                    throw error("Malformed number", start);
                }
                throw error("Unexpected character '" + printable(b) + "' after a number", i);
            }
        }
        String breach = JsonNumber.limitBreached(input, start, end);
        if (breach != null) {
            throw error(breach, start);
        }
        return JsonNumber.ofLexeme(input, start, end);
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static boolean isDelimiter(byte b) {
        return b == ',' || b == '}' || b == ']';
    }

    private static String printable(byte b) {
        return b >= 0x20 && b < 0x7F ? Character.toString((char) b) : String.format("\\x%02X", b & 0xFF);
    }

    private JsonParseException error(String message, long position) {
        return new JsonParseException(message, position);
    }
}
