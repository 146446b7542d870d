package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code States.Hash(data, algorithm)}: the lowercase hex digest of the UTF-8 bytes of
 * {@code data}. The algorithm must be spelt exactly {@code MD5}, {@code SHA-1}, {@code SHA-256},
 * {@code SHA-384} or {@code SHA-512} (AWS rejects {@code sha-256}, which Java's lookup would
 * accept). Non-string data is hashed as its {@link JavaText} rendering; either way at most 10,000
 * characters.
 */
final class HashCall extends IntrinsicCall {

    static final String NAME = "States.Hash";
    private static final int MAX_LENGTH = 10_000;
    private static final String[] ALGORITHMS = {"MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"};
    private static final HexFormat HEX = HexFormat.of();

    private final Operand data;
    private final Operand algorithm;

    HashCall(Operand data, Operand algorithm) {
        super(NAME, true);
        this.data = data;
        this.algorithm = algorithm;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json value = data.evaluate(input, scope);
        if (value == null) {
            return null;
        }
        Json name = algorithm.evaluate(input, scope);
        if (name == null) {
            return null;
        }
        String algorithmName = name instanceof JsonString ? supported(((JsonString) name).value()) : null;
        String text = JavaText.of(value);
        if (algorithmName == null || text.length() > MAX_LENGTH) {
            return invalidArguments(scope);
        }
        return JsonString.of(HEX.formatHex(digest(algorithmName).digest(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** @return the canonical name when {@code name} is one AWS accepts, else {@code null} */
    private static String supported(String name) {
        for (String algorithm : ALGORITHMS) {
            if (algorithm.equals(name)) {
                return algorithm;
            }
        }
        return null;
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide " + algorithm, e);
        }
    }
}
