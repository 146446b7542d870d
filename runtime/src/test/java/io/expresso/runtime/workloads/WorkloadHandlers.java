package io.expresso.runtime.workloads;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;

/** The three order-pipeline task handlers, exactly as shared/workloads/README.md specifies them. */
public final class WorkloadHandlers {

    public static final String VALIDATE = "arn:aws:lambda:us-east-1:123456789012:function:bench-validate";
    public static final String PRICE = "arn:aws:lambda:us-east-1:123456789012:function:bench-price";
    public static final String CHARGE = "arn:aws:lambda:us-east-1:123456789012:function:bench-charge";

    private WorkloadHandlers() {
    }

    public static TaskHandlers register(TaskHandlers handlers) {
        return handlers
                .register(VALIDATE, TaskHandler.of(WorkloadHandlers::validate))
                .register(PRICE, TaskHandler.of(WorkloadHandlers::price))
                .register(CHARGE, TaskHandler.of(WorkloadHandlers::charge));
    }

    static Json validate(Json input) {
        JsonObject order = (JsonObject) input;
        Json items = order.get("items");
        int count = items instanceof JsonArray ? ((JsonArray) items).size() : 0;
        long totalQty = 0;
        boolean valid = order.get("orderId") instanceof JsonString
                && !((JsonString) order.get("orderId")).value().isEmpty() && count > 0;
        for (int i = 0; i < count; i++) {
            JsonObject item = (JsonObject) ((JsonArray) items).get(i);
            Json qty = item.get("qty");
            Json price = item.get("unitPriceCents");
            boolean integralQty = isInteger(qty);
            if (integralQty) {
                totalQty += ((JsonNumber) qty).longValue();
            }
            valid &= integralQty && ((JsonNumber) qty).longValue() >= 1
                    && isInteger(price) && ((JsonNumber) price).longValue() >= 0;
        }
        return JsonObject.builder(3)
                .add("valid", JsonBoolean.of(valid))
                .add("itemCount", JsonNumber.of(count))
                .add("totalQty", JsonNumber.of(totalQty))
                .build();
    }

    static Json price(Json input) {
        JsonObject line = (JsonObject) input;
        long qty = ((JsonNumber) line.get("qty")).longValue();
        long gross = qty * ((JsonNumber) line.get("unitPriceCents")).longValue();
        Json tier = line.get("tier");
        long pct = JsonString.of("gold").equals(tier) ? 10 : JsonString.of("silver").equals(tier) ? 5 : 0;
        long discount = Math.floorDiv(gross * pct, 100);
        return JsonObject.builder(6)
                .add("line", line.get("line"))
                .add("sku", line.get("sku"))
                .add("qty", line.get("qty"))
                .add("grossCents", JsonNumber.of(gross))
                .add("discountCents", JsonNumber.of(discount))
                .add("netCents", JsonNumber.of(gross - discount))
                .build();
    }

    static Json charge(Json input) {
        JsonObject request = (JsonObject) input;
        JsonArray lines = (JsonArray) request.get("lines");
        long amount = 0;
        for (int i = 0; i < lines.size(); i++) {
            amount += ((JsonNumber) ((JsonObject) lines.get(i)).get("netCents")).longValue();
        }
        return JsonObject.builder(5)
                .add("chargeId", JsonString.of("ch_" + ((JsonString) request.get("orderId")).value()))
                .add("amountCents", JsonNumber.of(amount))
                .add("currency", request.get("currency"))
                .add("status", JsonString.of("CAPTURED"))
                .add("lineCount", JsonNumber.of(lines.size()))
                .build();
    }

    private static boolean isInteger(Json value) {
        return value instanceof JsonNumber && ((JsonNumber) value).isIntegral();
    }
}
