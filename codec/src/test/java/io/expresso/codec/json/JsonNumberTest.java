package io.expresso.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Numbers keep their written form and compare by value. */
final class JsonNumberTest {

    private static JsonNumber parse(String text) {
        return (JsonNumber) JsonParser.parse(text);
    }

    @Test
    void shouldKeepWrittenFormOfUntouchedDecimal() {
        assertEquals("1.50", parse("1.50").text());
        assertEquals("{\"price\":1.50}", JsonParser.parse("{\"price\":1.50}").toString());
    }

    @Test
    void shouldKeepExponentAsWritten() {
        assertEquals("1e3", parse("1e3").text());
        assertEquals("2.5E-7", parse("2.5E-7").text());
    }

    @Test
    void shouldWriteNegativeZeroAsZero() {
        JsonNumber zero = parse("-0");

        assertEquals("0", zero.text());
        assertTrue(zero.isLong());
    }

    @Test
    void shouldHoldSmallIntegersAsLongs() {
        JsonNumber value = parse("-42");

        assertTrue(value.isLong());
        assertEquals(-42L, value.longValue());
    }

    @Test
    void shouldKeepThirtyDigitIntegerExact() {
        String digits = "123456789012345678901234567890";

        JsonNumber value = parse(digits);

        assertFalse(value.isLong());
        assertTrue(value.isIntegral());
        assertEquals(digits, value.text());
        assertEquals(new BigDecimal(new BigInteger(digits)), value.decimalValue());
    }

    @Test
    void shouldHoldLongBoundariesAsLongs() {
        assertEquals(Long.MAX_VALUE, parse("9223372036854775807").longValue());
        assertEquals(Long.MIN_VALUE, parse("-9223372036854775808").longValue());
        assertTrue(parse("9223372036854775807").isLong());
        assertTrue(parse("-9223372036854775808").isLong());
    }

    @Test
    void shouldKeepIntegersJustBeyondLongRangeExact() {
        JsonNumber above = parse("9223372036854775808");
        JsonNumber below = parse("-9223372036854775809");

        assertFalse(above.isLong());
        assertFalse(below.isLong());
        assertEquals("9223372036854775808", above.text());
        assertEquals("-9223372036854775809", below.text());
    }

    @Test
    void shouldHoldEighteenAndNineteenDigitIntegersAsLongs() {
        assertEquals(999_999_999_999_999_999L, parse("999999999999999999").longValue());
        assertEquals(1_000_000_000_000_000_000L, parse("1000000000000000000").longValue());
        assertTrue(parse("-1000000000000000000").isLong());
    }

    @Test
    void shouldEqualWhateverTheWrittenForm() {
        assertEquals(parse("1"), parse("1.0"));
        assertEquals(parse("1000"), parse("1e3"));
        assertEquals(parse("0"), parse("-0.0"));
        assertEquals(parse("1.5"), parse("1.50"));
        assertEquals(parse("123456789012345678901234567890"), parse("1.23456789012345678901234567890e29"));
    }

    @Test
    void shouldHashEqualNumbersAlike() {
        assertEquals(parse("1").hashCode(), parse("1.0").hashCode());
        assertEquals(parse("1000").hashCode(), parse("1e3").hashCode());
        assertEquals(parse("10").hashCode(), parse("100e-1").hashCode());
        assertEquals(parse("0").hashCode(), parse("-0.0").hashCode());
        assertEquals(parse("1.5").hashCode(), parse("1.50").hashCode());
        assertEquals(parse("9223372036854775807").hashCode(), parse("9.223372036854775807e18").hashCode());
        assertEquals(parse("123456789012345678901234567890").hashCode(),
            parse("1.23456789012345678901234567890e29").hashCode());
    }

    @Test
    void shouldDistinguishDifferentValues() {
        assertNotEquals(parse("1"), parse("1.0000000000000000000001"));
        assertNotEquals(parse("9223372036854775807"), parse("9223372036854775808"));
        assertNotEquals(parse("-1"), parse("1"));
    }

    @Test
    void shouldCompareNumericallyAcrossRepresentations() {
        assertTrue(parse("2").compareTo(parse("10")) < 0);
        assertTrue(parse("1e2").compareTo(parse("99.5")) > 0);
        assertTrue(parse("-9223372036854775809").compareTo(parse("-9223372036854775808")) < 0);
        assertEquals(0, parse("1.0").compareTo(parse("1")));
    }

    @Test
    void shouldTellIntegralDecimalsFromFractions() {
        assertTrue(parse("2.000").isIntegral());
        assertTrue(parse("1e3").isIntegral());
        assertTrue(parse("0.0").isIntegral());
        assertFalse(parse("2.5").isIntegral());
        assertFalse(parse("1e-3").isIntegral());
    }

    @Test
    void shouldShareCachedSmallIntegers() {
        assertSame(JsonNumber.of(7), parse("7"));
        assertSame(JsonNumber.of(0), parse("-0"));
    }

    @Test
    void shouldBuildFromBigDecimal() {
        assertEquals("1.50", JsonNumber.of(new BigDecimal("1.50")).text());
        assertTrue(JsonNumber.of(new BigDecimal("1E+3")).isLong());
        assertEquals(1000L, JsonNumber.of(new BigDecimal("1E+3")).longValue());
    }

    @Test
    void shouldParseANumberLexeme() {
        assertEquals("-1.5E-3", JsonNumber.parse("-1.5E-3").text());
        assertThrows(NumberFormatException.class, () -> JsonNumber.parse("01"));
        assertThrows(NumberFormatException.class, () -> JsonNumber.parse(""));
        assertThrows(NumberFormatException.class, () -> JsonNumber.parse("1 "));
    }

    @Test
    void shouldGiveDoubleView() {
        assertEquals(1.5, parse("1.50").doubleValue());
        assertEquals(1000.0, parse("1e3").doubleValue());
        assertEquals(-7.0, parse("-7").doubleValue());
    }

    @Test
    void shouldWriteScaledValuesAsBigDecimalDoes() {
        long[] values = {1735732800123L, 1735732800100L, 1735732800000L, 5L, 0L, -5L, -1234L, 999L, Long.MAX_VALUE, Long.MIN_VALUE + 1};
        for (long value : values) {
            for (int scale = 1; scale <= 18; scale++) {
                String expected = java.math.BigDecimal.valueOf(value, scale).toString();
                if (!expected.contains("E")) {
                    assertEquals(expected, JsonNumber.ofScaled(value, scale).text(), value + " scale " + scale);
                    assertEquals(expected.length(), JsonNumber.ofScaled(value, scale).serializedSize());
                }
            }
        }
    }
}
