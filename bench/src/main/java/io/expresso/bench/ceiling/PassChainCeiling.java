package io.expresso.bench.ceiling;

import static io.expresso.bench.ceiling.MapDocuments.array;
import static io.expresso.bench.ceiling.MapDocuments.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pass-chain} by hand: the ten Pass states in order, each writing its result into the one
 * document in place (Java needs no copy where ASL's ResultPath makes a new document).
 */
final class PassChainCeiling implements Ceiling {

    private static final Map<String, Object> PIPELINE = Map.of(
        "pipeline", "checkout", "stage", 1L, "tags", List.of("pass-chain", "bench"));
    private static final Map<String, Object> ENVELOPE = Map.of("version", 1L, "kind", "OrderAccepted");
    private static final Map<String, Object> PRODUCED_BY = Map.of("producedBy", "pass-chain", "schema", 2L);

    private final MapDocuments documents = new MapDocuments();

    @Override
    public byte[] execute(byte[] input) {
        Map<String, Object> document = object(documents.read(input));
        // $$.Execution.Input: nothing before AttachRequest changes $.meta, so the document still shows it.
        Map<String, Object> executionInput = document;
        Map<String, Object> order = object(document.get("order"));
        Map<String, Object> customer = object(order.get("customer"));
        Map<String, Object> shipping = object(order.get("shipping"));
        Map<String, Object> work = new LinkedHashMap<>();
        document.put("work", work);

        Map<String, Object> extracted = new LinkedHashMap<>();
        extracted.put("customerId", customer.get("id"));
        extracted.put("name", customer.get("name"));
        extracted.put("email", customer.get("email"));
        extracted.put("tier", customer.get("tier"));
        work.put("customer", extracted);

        Map<String, Object> address = object(customer.get("address"));
        Map<String, Object> shipTo = new LinkedHashMap<>();
        shipTo.put("city", address.get("city"));
        shipTo.put("country", address.get("country"));
        shipTo.put("method", shipping.get("method"));
        work.put("shipTo", shipTo);

        work.put("pipeline", PIPELINE);

        List<Object> items = array(order.get("items"));
        List<Object> skus = new ArrayList<>(items.size());
        for (Object item : items) {
            skus.add(object(item).get("sku"));
        }
        Map<String, Object> listed = new LinkedHashMap<>();
        listed.put("skus", skus);
        listed.put("first", items.get(0));
        work.put("items", listed);

        order.put("status", "VALIDATED");

        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("carrier", shipping.get("carrier"));
        quote.put("costCents", shipping.get("costCents"));
        quote.put("express", Boolean.TRUE);
        quote.put("currency", "GBP");
        work.put("shipping", quote);

        Map<String, Object> meta = object(document.get("meta"));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("requestId", meta.get("requestId"));
        request.put("priority", object(meta.get("flags")).get("priority"));
        request.put("source", object(executionInput.get("meta")).get("source"));
        work.put("request", request);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("customer", work.get("customer"));
        summary.put("shipTo", work.get("shipTo"));
        summary.put("skus", object(work.get("items")).get("skus"));
        summary.put("shipping", work.get("shipping"));
        summary.put("request", work.get("request"));
        summary.put("pipeline", object(work.get("pipeline")).get("pipeline"));
        document.put("summary", summary);

        Map<String, Object> summarizedRequest = object(summary.get("request"));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("orderId", order.get("id"));
        response.put("status", order.get("status"));
        response.put("customer", summary.get("customer"));
        response.put("shipTo", summary.get("shipTo"));
        response.put("skus", summary.get("skus"));
        response.put("shipping", summary.get("shipping"));
        response.put("requestId", summarizedRequest.get("requestId"));
        response.put("source", summarizedRequest.get("source"));
        response.put("pipeline", summary.get("pipeline"));
        response.put("envelope", ENVELOPE);
        // ResultPath $.response then OutputPath $.response: the response is the state's output.
        response.put("meta", PRODUCED_BY);
        return documents.write(response);
    }
}
