package io.expresso.codec.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A JSON number that keeps the text it was written with.
 *
 * <p>Integers that fit a {@code long} are held as a {@code long} (the common case, with no text
 * kept); every other number keeps its JSON text, so {@code 1.50} is written back as {@code 1.50}
 * and a 30-digit integer stays exact. Arithmetic views ({@link #decimalValue()},
 * {@link #doubleValue()}) are derived on demand.
 */
public final class JsonNumber extends Json {

    /**
     * The longest number text accepted, in characters (sign, digits, point and exponent): Jackson's
     * default read limit, which AWS's Java front most likely applies. Beyond it a number's decimal
     * arithmetic stops being cheap.
     */
    public static final int MAX_LENGTH = 1000;

    /**
     * Exponents of up to nine digits keep every accepted number's scale within {@link BigDecimal}'s
     * {@code int} range (and well away from its ends), so comparisons and hashing never fail.
     */
    static final int MAX_EXPONENT_DIGITS = 9;

    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1024;
    private static final JsonNumber[] CACHE = new JsonNumber[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new JsonNumber(i + CACHE_LOW, null);
        }
    }

    private final long longValue;
    /** The written form, or {@code null} when the value is exactly {@link #longValue}. */
    private final String text;

    private JsonNumber(long longValue, String text) {
        this.longValue = longValue;
        this.text = text;
    }

    public static JsonNumber of(long value) {
        if (value >= CACHE_LOW && value <= CACHE_HIGH) {
            return CACHE[(int) value - CACHE_LOW];
        }
        return new JsonNumber(value, null);
    }

    /** @return the number with {@code value}'s plain or scientific text as {@link BigDecimal#toString()} gives it */
    public static JsonNumber of(BigDecimal value) {
        if (value.scale() <= 0 && value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return of(value.longValueExact());
        }
        return new JsonNumber(0, value.toString());
    }

    /**
     * @return {@code unscaled × 10^-scale} written with exactly {@code scale} fraction digits, the text
     *     {@link BigDecimal#toString()} gives for such a value (e.g. {@code 1735732800.123} for
     *     {@code (1735732800123, 3)}), made without a {@code BigDecimal}
     * @throws IllegalArgumentException unless {@code 1 <= scale <= 18}
     */
    public static JsonNumber ofScaled(long unscaled, int scale) {
        if (scale < 1 || scale > 18) {
            throw new IllegalArgumentException("scale must be within 1..18, was " + scale);
        }
        long unit = 1;
        for (int i = 0; i < scale; i++) {
            unit *= 10;
        }
        long whole = unscaled / unit;
        String fraction = Long.toString(Math.abs(unscaled % unit));
        StringBuilder text = new StringBuilder(21 + scale);
        if (unscaled < 0 && whole == 0) {
            text.append('-');
        }
        text.append(whole).append('.');
        for (int i = fraction.length(); i < scale; i++) {
            text.append('0');
        }
        return new JsonNumber(0, text.append(fraction).toString());
    }

    /**
     * @return the number written in {@code in[from, to)}, a lexeme whose grammar and length the
     *     caller has checked. Linear in the lexeme's length: an integer beyond 18 digits is
     *     compared with the {@code long} range digit by digit instead of going through
     *     {@code BigInteger}, whose conversion from text is quadratic.
     */
    static JsonNumber ofLexeme(byte[] in, int from, int to) {
        if (!JsonNumberGrammar.isIntegerLexeme(in, from, to)) {
            return new JsonNumber(0, new String(in, from, to - from, StandardCharsets.US_ASCII));
        }
        if (to - from <= 18 || JsonNumberGrammar.fitsLong(in, from, to)) {
            return of(parseLong(in, from, to));
        }
        // The grammar allows no leading zeros, so the lexeme is already the canonical text.
        return new JsonNumber(0, new String(in, from, to - from, StandardCharsets.US_ASCII));
    }

    /** Accumulates negatively, so {@code Long.MIN_VALUE} is reached without overflow. */
    private static long parseLong(byte[] in, int from, int to) {
        boolean negative = in[from] == '-';
        long value = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            value = value * 10 - (in[i] - '0');
        }
        return negative ? value : -value;
    }

    /**
     * Parses a JSON number lexeme.
     *
     * @throws NumberFormatException if {@code text} is not exactly one JSON number, or is longer
     *     than {@value #MAX_LENGTH} characters or has an exponent beyond {@value #MAX_EXPONENT_DIGITS}
     *     digits (see {@link #limitBreached})
     */
    public static JsonNumber parse(String text) {
        byte[] in = text.getBytes(StandardCharsets.US_ASCII);
        int end = JsonNumberGrammar.scan(in, 0, in.length);
        if (end != in.length || end == 0) {
            throw new NumberFormatException("not a JSON number: " + text);
        }
        String breach = limitBreached(in, 0, end);
        if (breach != null) {
            throw new NumberFormatException(breach);
        }
        return ofLexeme(in, 0, end);
    }

    /**
     * @return why the lexeme in {@code in[from, to)} (well-formed) is refused, or {@code null} when
     *     it is within {@link #MAX_LENGTH} and {@link #MAX_EXPONENT_DIGITS}
     */
    static String limitBreached(byte[] in, int from, int to) {
        if (to - from > MAX_LENGTH) {
            return "Number longer than " + MAX_LENGTH + " characters";
        }
        if (JsonNumberGrammar.exponentDigits(in, from, to) > MAX_EXPONENT_DIGITS) {
            return "Number exponent longer than " + MAX_EXPONENT_DIGITS + " digits";
        }
        return null;
    }

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /** @return whether the value is exactly a {@code long} (no fraction, in range) */
    public boolean isLong() {
        return text == null;
    }

    /** @return whether the value has no fractional part (whatever its size) */
    public boolean isIntegral() {
        if (text == null) {
            return true;
        }
        BigDecimal d = decimalValue();
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /** @return the value as a long, truncating any fraction (meaningful when {@link #isLong()}) */
    public long longValue() {
        return text == null ? longValue : decimalValue().longValue();
    }

    public double doubleValue() {
        return text == null ? (double) longValue : Double.parseDouble(text);
    }

    public BigDecimal decimalValue() {
        return text == null ? BigDecimal.valueOf(longValue) : new BigDecimal(text);
    }

    /** Compares numerically, whatever the written forms. */
    public int compareTo(JsonNumber other) {
        if (text == null && other.text == null) {
            return Long.compare(longValue, other.longValue);
        }
        return decimalValue().compareTo(other.decimalValue());
    }

    /** @return the JSON text of this number */
    public String text() {
        return text == null ? Long.toString(longValue) : text;
    }

    void writeTo(com.dslplatform.json.JsonWriter writer) {
        if (text == null) {
            com.dslplatform.json.NumberConverter.serialize(longValue, writer);
        } else {
            writer.writeAscii(text);
        }
    }

    @Override
    public int serializedSize() {
        return text != null ? text.length() : longDigits(longValue);
    }

    private static int longDigits(long value) {
        if (value == Long.MIN_VALUE) {
            return 20;
        }
        int length = value < 0 ? 2 : 1;
        long rest = Math.abs(value);
        while (rest >= 10) {
            rest /= 10;
            length++;
        }
        return length;
    }

    @Override
    public Kind kind() {
        return Kind.NUMBER;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber && compareTo((JsonNumber) other) == 0;
    }

    @Override
    public int hashCode() {
        if (text == null) {
            return Long.hashCode(longValue);
        }
        BigDecimal d = decimalValue();
        if (d.signum() == 0) {
            return 0;
        }
        d = d.stripTrailingZeros();
        if (d.scale() <= 0 && d.compareTo(LONG_MIN) >= 0 && d.compareTo(LONG_MAX) <= 0) {
            return Long.hashCode(d.longValueExact());
        }
        return d.hashCode();
    }
}
