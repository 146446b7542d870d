package io.expresso.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Inputs a hostile client would send, each about the size of a large request (1 MB): the parser
 * refuses what is over a limit and reads the rest with work linear in the input.
 *
 * <p>The limits are Jackson's default read limits (at most 1,000 characters per number, at most
 * 1,000 levels of nesting). AWS's front is written in Java and most likely reads with Jackson's
 * defaults; what it answers to longer numbers has not been recorded.
 */
final class HostileJsonTest {

    private static final int REQUEST_BYTES = 1 << 20;

    @Test
    void shouldAcceptNumberOfExactlyThousandCharacters() {
        String integer = "9".repeat(1000);
        String decimal = "-1." + "5".repeat(993) + "e+12";

        assertEquals(integer, JsonParser.parse(integer).toString());
        assertEquals(1000, decimal.length());
        assertEquals(decimal, JsonParser.parse(decimal).toString());
    }

    @Test
    void shouldRefuseNumberLongerThanThousandCharacters() {
        String integer = "-" + "9".repeat(1000);

        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.parse("{\"a\":" + integer + "}"));

        assertTrue(e.getMessage().startsWith("Number longer than 1000 characters"), e.getMessage());
        assertEquals(5, e.position());
    }

    @Test
    void shouldRefuseMegabyteNumberAtItsFirstCharacter() {
        String text = "1".repeat(REQUEST_BYTES);

        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.parse(text));

        assertTrue(e.getMessage().startsWith("Number longer than 1000 characters"), e.getMessage());
        assertEquals(0, e.position());
    }

    @Test
    void shouldRefuseExponentBeyondNineDigits() {
        assertEquals("1e999999999", JsonParser.parse("1e999999999").toString());

        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.parse("1e1000000000"));

        assertTrue(e.getMessage().startsWith("Number exponent longer than 9 digits"), e.getMessage());
    }

    @Test
    void shouldCompareNumbersWithLargestExponentsWithoutFailing() {
        JsonNumber huge = (JsonNumber) JsonParser.parse("1e999999999");
        JsonNumber tiny = (JsonNumber) JsonParser.parse("-1e-999999999");

        assertTrue(huge.compareTo(tiny) > 0);
        assertFalse(huge.equals(tiny));
        assertTrue(huge.isIntegral());
        assertEquals(JsonParser.parse("1e5"), JsonParser.parse("1e000000000000005"));
    }

    @Test
    void shouldRefuseTooLongNumberTextOutsideDocumentsToo() {
        assertThrows(NumberFormatException.class, () -> JsonNumber.parse("7".repeat(1001)));
        assertEquals("7".repeat(1000), JsonNumber.parse("7".repeat(1000)).text());
    }

    @Test
    void shouldReadMegabyteOfLongestIntegersExactly() {
        String number = "1" + "0".repeat(999);
        StringBuilder text = new StringBuilder("[");
        while (text.length() < REQUEST_BYTES) {
            text.append(number).append(',');
        }
        text.setCharAt(text.length() - 1, ']');

        JsonArray array = (JsonArray) JsonParser.parse(text.toString());

        assertEquals(number, ((JsonNumber) array.get(array.size() - 1)).text());
        assertEquals(text.length(), array.serializedSize());
    }

    @Test
    void shouldTellIntegersAtTheLongRangeEndsWithoutBigInteger() {
        assertTrue(((JsonNumber) JsonParser.parse("-9223372036854775808")).isLong());
        assertFalse(((JsonNumber) JsonParser.parse("-9223372036854775809")).isLong());
        assertTrue(((JsonNumber) JsonParser.parse("9223372036854775807")).isLong());
        assertFalse(((JsonNumber) JsonParser.parse("9223372036854775808")).isLong());
        assertFalse(((JsonNumber) JsonParser.parse("10000000000000000000")).isLong());
    }

    @Test
    void shouldReadMegabyteObjectWhoseKeysAllShareOneHash() {
        // "Aa" and "BB" hash alike, so every key made of them does: 2^15 keys of 30 characters.
        int halves = 15;
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < 1 << halves; i++) {
            text.append('"').append(collidingKey(i, halves)).append("\":").append(i).append(',');
        }
        text.setCharAt(text.length() - 1, '}');
        assertTrue(text.length() > REQUEST_BYTES);

        JsonObject object = (JsonObject) JsonParser.parse(text.toString());

        assertEquals(1 << halves, object.size());
        assertEquals(collidingKey(0, halves).hashCode(), collidingKey(12345, halves).hashCode());
        assertEquals(JsonNumber.of(12345), object.get(collidingKey(12345, halves)));
        assertEquals(JsonNumber.of((1 << halves) - 1), object.get(collidingKey((1 << halves) - 1, halves)));
        assertNull(object.get("AaAa"));
        assertEquals(object, JsonParser.parse(text.toString()));
    }

    @Test
    void shouldFindRepeatedKeyAmongKeysThatShareOneHash() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < 1 << 10; i++) {
            text.append('"').append(collidingKey(i, 10)).append("\":0,");
        }
        text.append('"').append(collidingKey(77, 10)).append("\":1}");

        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonParser.parse(text.toString()));

        assertTrue(e.getMessage().contains("Duplicate key '" + collidingKey(77, 10) + "'"), e.getMessage());
    }

    @Test
    void shouldAddMemberToObjectWhoseKeysShareOneHash() {
        JsonObject.Builder builder = JsonObject.builder(1 << 10);
        for (int i = 0; i < 1 << 10; i++) {
            builder.add(collidingKey(i, 10), JsonNumber.of(i));
        }
        JsonObject object = builder.build().with("extra", JsonBoolean.TRUE);

        assertSame(JsonBoolean.TRUE, object.get("extra"));
        assertEquals(JsonNumber.of(1000), object.get(collidingKey(1000, 10)));
    }

    @Test
    void shouldReadMegabyteOfNestingAtTheLimitRepeatedly() {
        String nested = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
        StringBuilder text = new StringBuilder("[");
        while (text.length() < REQUEST_BYTES) {
            text.append(nested.substring(1, nested.length() - 1)).append(',');
        }
        text.setCharAt(text.length() - 1, ']');

        assertEquals(text.toString(), JsonParser.parse(text.toString()).toString());
    }

    @Test
    void shouldParseAndWalkThousandLevelsOnThreeQuartersOfADefaultStack() throws Exception {
        // Event loops run on threads with the default stack (1 MiB on 64-bit Linux). Reading 1,000
        // levels took about 400 KiB, interpreted or compiled; half a stack left too little room for a
        // JVM switching between the two mid-walk, and failed now and then, so three quarters must do.
        String text = "{\"a\":[".repeat(JsonParser.MAX_DEPTH / 2) + "0" + "]}".repeat(JsonParser.MAX_DEPTH / 2);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                Json value = new JsonParser().read(text.getBytes(StandardCharsets.UTF_8), text.length());
                Json twin = new JsonParser().read(text.getBytes(StandardCharsets.UTF_8), text.length());
                outcome.set(value.equals(twin) && value.hashCode() == twin.hashCode()
                        ? JsonSerializer.toCompactString(value) : "unequal");
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "three-quarter-stack", 768 * 1024);
        thread.start();
        thread.join();

        assertEquals(text, outcome.get());
    }

    /** @return a key of {@code halves} pairs, each "Aa" or "BB" as the bits of {@code bits} say */
    private static String collidingKey(int bits, int halves) {
        StringBuilder key = new StringBuilder(halves * 2);
        for (int i = 0; i < halves; i++) {
            key.append((bits >>> i & 1) == 0 ? "Aa" : "BB");
        }
        return key.toString();
    }
}
