package io.expresso.codec.intrinsic;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A JSON value as a hash key with the {@code hashCode} and {@code equals} that Jackson's
 * {@code JsonNode} classes have, so a {@link java.util.HashSet} of keys iterates in the order AWS's
 * Jackson-based {@code States.ArrayUnique} produces.
 *
 * <p>Jackson reads an integer that fits 32 bits as an {@code IntNode} (hash: the value), a larger
 * one as a {@code LongNode} (hash: {@link Long#hashCode}) or a {@code BigIntegerNode}, and any
 * number with a fraction or exponent as a {@code DoubleNode} (hash: {@link Double#hashCode}); nodes
 * of different classes are never equal, so {@code 1} and {@code 1.0} both survive. Booleans hash
 * to 3 ({@code true}) and 1 ({@code false}); {@code null} to 4, the ordinal of
 * {@code JsonNodeType.NULL}; strings as {@link String#hashCode}; arrays as a {@link java.util.List};
 * objects as a {@link java.util.Map} (order-independent).
 */
final class JacksonNodeKey {

    private static final int INT = 0;
    private static final int LONG = 1;
    private static final int BIG_INTEGER = 2;
    private static final int DOUBLE = 3;
    private static final int NULL_HASH = 4;

    private final Json value;
    private final int hash;

    JacksonNodeKey(Json value) {
        this.value = value;
        this.hash = hashOf(value);
    }

    Json value() {
        return value;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JacksonNodeKey
                && hash == ((JacksonNodeKey) other).hash
                && same(value, ((JacksonNodeKey) other).value);
    }

    /**
     * @return a text that two keys share exactly when they are equal: numbers marked with their
     *     node class and written by value, object members in key order, strings quoted
     */
    String canonicalText() {
        StringBuilder text = new StringBuilder();
        appendCanonical(value, text);
        return text.toString();
    }

    private static void appendCanonical(Json value, StringBuilder text) {
        switch (value.kind()) {
            case NUMBER:
                JsonNumber number = (JsonNumber) value;
                switch (nodeClass(number)) {
                    case INT:
                    case LONG:
                        text.append('i').append(number.longValue());
                        return;
                    case BIG_INTEGER:
                        text.append('b').append(number.text());
                        return;
                    default:
                        text.append('d').append(number.doubleValue());
                        return;
                }
            case ARRAY:
                JsonArray array = (JsonArray) value;
                text.append('[');
                for (int i = 0; i < array.size(); i++) {
                    appendCanonical(array.get(i), text.append(i == 0 ? "" : ","));
                }
                text.append(']');
                return;
            case OBJECT:
                JsonObject object = (JsonObject) value;
                Integer[] order = new Integer[object.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, Comparator.comparing(object::keyAt));
                text.append('{');
                for (int i = 0; i < order.length; i++) {
                    text.append(i == 0 ? "" : ",").append(JsonString.of(object.keyAt(order[i]))).append(':');
                    appendCanonical(object.valueAt(order[i]), text);
                }
                text.append('}');
                return;
            default:
                // Strings quoted and escaped, true, false and null: their JSON text is canonical.
                text.append(value);
        }
    }

    private static int hashOf(Json value) {
        switch (value.kind()) {
            case STRING:
                return ((JsonString) value).value().hashCode();
            case NUMBER:
                return numberHash((JsonNumber) value);
            case BOOLEAN:
                return ((JsonBoolean) value).value() ? 3 : 1;
            case NULL:
                return NULL_HASH;
            case ARRAY:
                return arrayHash((JsonArray) value);
            case OBJECT:
                return objectHash((JsonObject) value);
            default:
                throw new IllegalStateException("unknown kind " + value.kind());
        }
    }

    private static int arrayHash(JsonArray array) {
        int h = 1;
        for (int i = 0; i < array.size(); i++) {
            h = 31 * h + hashOf(array.get(i));
        }
        return h;
    }

    private static int objectHash(JsonObject object) {
        int h = 0;
        for (int i = 0; i < object.size(); i++) {
            h += object.keyAt(i).hashCode() ^ hashOf(object.valueAt(i));
        }
        return h;
    }

    private static int numberHash(JsonNumber number) {
        switch (nodeClass(number)) {
            case INT:
                return (int) number.longValue();
            case LONG:
                return Long.hashCode(number.longValue());
            case BIG_INTEGER:
                return new BigInteger(number.text()).hashCode();
            default:
                return Double.hashCode(number.doubleValue());
        }
    }

    /** Which Jackson node class the parser would have made for this number as written. */
    private static int nodeClass(JsonNumber number) {
        if (number.isLong()) {
            return IntrinsicCall.isInt(number.longValue()) ? INT : LONG;
        }
        String text = number.text();
        boolean integerLexeme = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        return integerLexeme ? BIG_INTEGER : DOUBLE;
    }

    private static boolean same(Json a, Json b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        switch (a.kind()) {
            case NUMBER:
                return sameNumber((JsonNumber) a, (JsonNumber) b);
            case ARRAY:
                return sameArray((JsonArray) a, (JsonArray) b);
            case OBJECT:
                return sameObject((JsonObject) a, (JsonObject) b);
            default:
                return a.equals(b);
        }
    }

    private static boolean sameNumber(JsonNumber a, JsonNumber b) {
        int kind = nodeClass(a);
        if (kind != nodeClass(b)) {
            return false;
        }
        if (kind == DOUBLE) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        return a.compareTo(b) == 0;
    }

    private static boolean sameArray(JsonArray a, JsonArray b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameObject(JsonObject a, JsonObject b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Json theirs = b.get(a.keyAt(i));
            if (theirs == null || !same(a.valueAt(i), theirs)) {
                return false;
            }
        }
        return true;
    }
}
