package io.expresso.bench.ceiling;

import static io.expresso.bench.ceiling.MapDocuments.integer;
import static io.expresso.bench.ceiling.MapDocuments.object;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code choice-loop} by hand: Increment and CheckDone alternate until the counter reaches 100.
 * Increment's Parameters object ({@code counter}, {@code payload}) lives in two locals between
 * iterations, as hand-written Java would keep it, and is built once at the end.
 */
final class ChoiceLoopCeiling implements Ceiling {

    private final MapDocuments documents = new MapDocuments();

    @Override
    public byte[] execute(byte[] input) {
        Map<String, Object> document = object(documents.read(input));
        long counter = integer(document.get("counter"));
        Object payload = document.get("payload");
        do {
            counter = Math.addExact(counter, 1);
        } while (counter < 100);
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("counter", counter);
        output.put("payload", payload);
        return documents.write(output);
    }
}
