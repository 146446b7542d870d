package io.expresso.bench.ceiling;

import static io.expresso.bench.ceiling.MapDocuments.array;
import static io.expresso.bench.ceiling.MapDocuments.integer;
import static io.expresso.bench.ceiling.MapDocuments.object;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code intrinsics} by hand: each {@code States.*} call as the Java library call it stands for,
 * state by state, into {@code $.out}. The SHA-256 digest is made once and reset per use, as a
 * service would keep one per thread.
 */
final class IntrinsicsCeiling implements Ceiling {

    private static final HexFormat HEX = HexFormat.of();

    private final MapDocuments documents = new MapDocuments();
    private final MessageDigest sha256;

    IntrinsicsCeiling() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    @Override
    public byte[] execute(byte[] input) {
        Map<String, Object> document = object(documents.read(input));
        Map<String, Object> user = object(document.get("user"));
        List<Object> numbers = array(document.get("numbers"));
        String secret = (String) document.get("secret");

        Map<String, Object> strings = new LinkedHashMap<>();
        strings.put("greeting", "Hello, " + user.get("first") + " " + user.get("last") + " #" + user.get("id"));
        strings.put("parts", split((String) document.get("csv"), ','));
        strings.put("encoded", Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        strings.put("hash", HEX.formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8))));

        List<Object> parts = array(strings.get("parts"));
        Map<String, Object> arrays = new LinkedHashMap<>();
        arrays.put("decoded", new String(Base64.getDecoder().decode((String) strings.get("encoded")), StandardCharsets.UTF_8));
        arrays.put("partCount", (long) parts.size());
        arrays.put("uniqueParts", unique(parts));
        arrays.put("hasGamma", parts.contains("gamma"));
        arrays.put("built", List.of(user.get("first"), user.get("id"), "const"));
        arrays.put("chunks", partition(numbers, 4));
        arrays.put("uniqueNumbers", unique(numbers));
        arrays.put("numberCount", (long) numbers.size());
        arrays.put("hasEight", numbers.contains(8L));
        arrays.put("hasSeven", numbers.contains(7L));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("parsed", documents.read((String) document.get("jsonText")));
        json.put("serialized", documents.writeString(document.get("profile")));
        json.put("merged", shallowMerge(object(document.get("profile")), object(document.get("overrides"))));

        Map<String, Object> last = new LinkedHashMap<>();
        last.put("total", Math.addExact(integer(arrays.get("numberCount")), integer(user.get("id"))));
        last.put("uniqueCount", (long) unique(numbers).size());
        last.put("label", user.get("last") + ":" + object(json.get("parsed")).get("plan"));
        last.put("roundTrip", documents.read(documents.writeString(json.get("merged"))));

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("strings", strings);
        out.put("arrays", arrays);
        out.put("json", json);
        out.put("final", last);
        return documents.write(out);
    }

    /** States.StringSplit with a one-character delimiter: empty pieces are dropped. */
    private static List<Object> split(String text, char delimiter) {
        List<Object> pieces = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(delimiter, start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                pieces.add(text.substring(start, end));
            }
            start = end + 1;
        }
        return pieces;
    }

    private static List<Object> unique(List<Object> values) {
        return new ArrayList<>(new LinkedHashSet<>(values));
    }

    private static List<Object> partition(List<Object> values, int size) {
        List<Object> chunks = new ArrayList<>((values.size() + size - 1) / size);
        for (int start = 0; start < values.size(); start += size) {
            chunks.add(new ArrayList<>(values.subList(start, Math.min(values.size(), start + size))));
        }
        return chunks;
    }

    /** States.JsonMerge with deep merging off: the right object's members replace the left's. */
    private static Map<String, Object> shallowMerge(Map<String, Object> left, Map<String, Object> right) {
        Map<String, Object> merged = new LinkedHashMap<>(left);
        merged.putAll(right);
        return merged;
    }
}
