package io.expresso.bench.ceiling;

import static io.expresso.bench.ceiling.MapDocuments.array;
import static io.expresso.bench.ceiling.MapDocuments.integer;
import static io.expresso.bench.ceiling.MapDocuments.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code map-fanout} by hand: per item, Shape's object straight from the item (the ItemSelector's
 * object only carries the item, its index and the batch id to Shape), Classify's comparison and
 * the band; the results land in {@code $.results}.
 */
final class MapFanoutCeiling implements Ceiling {

    private final MapDocuments documents = new MapDocuments();

    @Override
    public byte[] execute(byte[] input) {
        Map<String, Object> document = object(documents.read(input));
        Object batchId = document.get("batchId");
        List<Object> items = array(document.get("items"));
        List<Object> results = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            Map<String, Object> item = object(items.get(index));
            Map<String, Object> shaped = new LinkedHashMap<>();
            shaped.put("index", (long) index);
            shaped.put("id", item.get("id"));
            shaped.put("value", item.get("value"));
            shaped.put("batch", batchId);
            shaped.put("band", integer(shaped.get("value")) >= 50 ? "high" : "low");
            results.add(shaped);
        }
        document.put("results", results);
        return documents.write(document);
    }
}
