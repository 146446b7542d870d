package io.expresso.bench.ceiling;

import static io.expresso.bench.ceiling.MapDocuments.integer;
import static io.expresso.bench.ceiling.MapDocuments.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code parallel-4} by hand: the four branches one after another (each: pick the request, add its
 * weight, score = value + weight), the ResultSelector's picks, then Merge.
 */
final class ParallelCeiling implements Ceiling {

    private static final String[] BRANCHES = {"A", "B", "C", "D"};

    private final MapDocuments documents = new MapDocuments();

    @Override
    public byte[] execute(byte[] input) {
        Map<String, Object> document = object(documents.read(input));
        Map<String, Object> request = object(document.get("request"));
        List<Map<String, Object>> branchResults = new ArrayList<>(BRANCHES.length);
        for (int i = 0; i < BRANCHES.length; i++) {
            long weight = i + 1;
            Map<String, Object> scored = new LinkedHashMap<>();
            scored.put("branch", BRANCHES[i]);
            scored.put("id", request.get("id"));
            scored.put("score", Math.addExact(integer(request.get("value")), weight));
            branchResults.add(scored);
        }
        List<Object> scores = new ArrayList<>(BRANCHES.length);
        Map<String, Object> byBranch = new LinkedHashMap<>();
        for (int i = 0; i < BRANCHES.length; i++) {
            scores.add(branchResults.get(i).get("score"));
            byBranch.put(BRANCHES[i], branchResults.get(i));
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        merged.put("requestId", request.get("id"));
        merged.put("mode", object(document.get("config")).get("mode"));
        merged.put("scores", scores);
        merged.put("byBranch", byBranch);
        return documents.write(merged);
    }
}
