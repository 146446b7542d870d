package io.expresso.bench.ceiling;

import static io.expresso.bench.ceiling.MapDocuments.array;
import static io.expresso.bench.ceiling.MapDocuments.integer;
import static io.expresso.bench.ceiling.MapDocuments.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code order-pipeline} by hand: Validate, the CheckValid rule, Price per line item and Charge,
 * with the three handlers of {@code workloads/README.md} as plain methods over maps. The
 * Charge Retry and Catch are not written out: the handlers never fail (the workload's contract).
 */
final class OrderPipelineCeiling implements Ceiling {

    private final MapDocuments documents = new MapDocuments();

    @Override
    public byte[] execute(byte[] input) {
        Map<String, Object> document = object(documents.read(input));
        Map<String, Object> customer = object(document.get("customer"));

        Map<String, Object> validateInput = new LinkedHashMap<>();
        validateInput.put("orderId", document.get("orderId"));
        validateInput.put("customerId", customer.get("id"));
        validateInput.put("items", document.get("items"));
        Map<String, Object> validation = validate(validateInput);
        document.put("validation", validation);

        if (!(Boolean.TRUE.equals(validation.get("valid")) && integer(validation.get("itemCount")) > 0)) {
            throw new IllegalStateException("Order.Invalid: Order failed validation");
        }

        List<Object> items = array(document.get("items"));
        List<Object> priced = new ArrayList<>(items.size());
        for (int line = 0; line < items.size(); line++) {
            Map<String, Object> item = object(items.get(line));
            Map<String, Object> priceInput = new LinkedHashMap<>();
            priceInput.put("line", (long) line);
            priceInput.put("sku", item.get("sku"));
            priceInput.put("qty", item.get("qty"));
            priceInput.put("unitPriceCents", item.get("unitPriceCents"));
            priceInput.put("tier", customer.get("tier"));
            priced.add(price(priceInput));
        }
        document.put("priced", priced);

        Map<String, Object> chargeInput = new LinkedHashMap<>();
        chargeInput.put("orderId", document.get("orderId"));
        chargeInput.put("customerId", customer.get("id"));
        chargeInput.put("currency", document.get("currency"));
        chargeInput.put("token", object(document.get("payment")).get("token"));
        chargeInput.put("lines", priced);
        Map<String, Object> charged = charge(chargeInput);
        Map<String, Object> selected = new LinkedHashMap<>();
        selected.put("chargeId", charged.get("chargeId"));
        selected.put("amountCents", charged.get("amountCents"));
        selected.put("status", charged.get("status"));
        document.put("charge", selected);
        return documents.write(document);
    }

    private static Map<String, Object> validate(Map<String, Object> order) {
        Object orderId = order.get("orderId");
        Object itemsValue = order.get("items");
        List<Object> items = itemsValue instanceof List ? array(itemsValue) : List.of();
        boolean valid = orderId instanceof String && !((String) orderId).isEmpty() && !items.isEmpty();
        long totalQty = 0;
        for (Object itemValue : items) {
            Map<String, Object> item = object(itemValue);
            Object qty = item.get("qty");
            Object unitPrice = item.get("unitPriceCents");
            if (qty instanceof Long) {
                totalQty += (Long) qty;
            }
            valid &= qty instanceof Long && (Long) qty >= 1 && unitPrice instanceof Long && (Long) unitPrice >= 0;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("valid", valid);
        result.put("itemCount", (long) items.size());
        result.put("totalQty", totalQty);
        return result;
    }

    private static Map<String, Object> price(Map<String, Object> line) {
        long gross = integer(line.get("qty")) * integer(line.get("unitPriceCents"));
        Object tier = line.get("tier");
        long pct = "gold".equals(tier) ? 10 : "silver".equals(tier) ? 5 : 0;
        long discount = Math.floorDiv(gross * pct, 100);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("line", line.get("line"));
        result.put("sku", line.get("sku"));
        result.put("qty", line.get("qty"));
        result.put("grossCents", gross);
        result.put("discountCents", discount);
        result.put("netCents", gross - discount);
        return result;
    }

    private static Map<String, Object> charge(Map<String, Object> request) {
        List<Object> lines = array(request.get("lines"));
        long amount = 0;
        for (Object line : lines) {
            amount += integer(object(line).get("netCents"));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("chargeId", "ch_" + request.get("orderId"));
        result.put("amountCents", amount);
        result.put("currency", request.get("currency"));
        result.put("status", "CAPTURED");
        result.put("lineCount", (long) lines.size());
        return result;
    }
}
