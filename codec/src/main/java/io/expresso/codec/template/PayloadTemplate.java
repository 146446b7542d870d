package io.expresso.codec.template;

import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.intrinsic.IntrinsicCall;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import io.expresso.codec.path.PathExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A payload template ({@code Parameters}, {@code ItemSelector}, {@code ResultSelector}, Pass
 * {@code Parameters}) compiled once into a tree whose leaves are constants, paths and intrinsic
 * calls (docs/semantics/data-flow.md#key-order-of-payload-templates).
 *
 * <p>A template may be any JSON value, as AWS accepts: objects at any depth (also inside arrays)
 * are templates, and scalars are constants. Keys ending in {@code .$} are evaluated and lose the suffix. Subtrees with nothing to
 * evaluate are the definition's own values, shared by every output. Each output object has the
 * key order AWS produces: literal keys first, in definition order, then the evaluated keys in the
 * iteration order of a Java {@code HashMap} of their names — what every recorded AWS output shows.
 */
public final class PayloadTemplate {

    private static final String EVALUATED_SUFFIX = ".$";

    private final TemplateNode root;

    private PayloadTemplate(TemplateNode root) {
        this.root = root;
    }

    /**
     * @throws InvalidExpressionException if a {@code .$} value is not a string holding a valid
     *     path or intrinsic call; the message is AWS's, naming the key
     */
    public static PayloadTemplate compile(Json template) {
        return new PayloadTemplate(compileValue(template));
    }

    /**
     * @param input what {@code $} means: the effective input, or the raw result for a ResultSelector
     * @return the evaluated value, or {@code null} after recording the failure in {@code scope}
     */
    public Json evaluate(Json input, EvalScope scope) {
        return root.evaluate(input, scope);
    }

    private static TemplateNode compileValue(Json value) {
        if (value instanceof JsonObject) {
            return compileObject((JsonObject) value);
        }
        if (value instanceof JsonArray) {
            return compileArray((JsonArray) value);
        }
        return new ConstantNode(value);
    }

    private static TemplateNode compileArray(JsonArray array) {
        TemplateNode[] elements = new TemplateNode[array.size()];
        boolean constant = true;
        for (int i = 0; i < elements.length; i++) {
            elements[i] = compileValue(array.get(i));
            constant &= elements[i] instanceof ConstantNode;
        }
        return constant ? new ConstantNode(array) : new ArrayNode(elements);
    }

    private static TemplateNode compileObject(JsonObject object) {
        Map<String, TemplateNode> literal = new LinkedHashMap<>();
        Map<String, TemplateNode> evaluated = new HashMap<>();
        for (int i = 0; i < object.size(); i++) {
            String key = object.keyAt(i);
            if (key.endsWith(EVALUATED_SUFFIX)) {
                evaluated.put(key.substring(0, key.length() - EVALUATED_SUFFIX.length()),
                        compileEvaluated(key, object.valueAt(i)));
            } else {
                literal.put(key, compileValue(object.valueAt(i)));
            }
        }
        if (evaluated.isEmpty() && allConstant(literal.values())) {
            return new ConstantNode(object);
        }
        List<String> keys = new ArrayList<>(literal.size() + evaluated.size());
        List<TemplateNode> nodes = new ArrayList<>(keys.size());
        for (Map.Entry<String, TemplateNode> member : literal.entrySet()) {
            keys.add(member.getKey());
            // Both "a" and "a.$": the evaluated value wins, at the literal key's place (our choice; AWS unrecorded).
            TemplateNode override = evaluated.remove(member.getKey());
            nodes.add(override != null ? override : member.getValue());
        }
        for (Map.Entry<String, TemplateNode> member : evaluated.entrySet()) {
            keys.add(member.getKey());
            nodes.add(member.getValue());
        }
        return new ObjectNode(JsonObject.Shape.of(keys.toArray(new String[0])), nodes.toArray(new TemplateNode[0]));
    }

    private static boolean allConstant(Iterable<TemplateNode> nodes) {
        for (TemplateNode node : nodes) {
            if (!(node instanceof ConstantNode)) {
                return false;
            }
        }
        return true;
    }

    private static TemplateNode compileEvaluated(String key, Json value) {
        if (!(value instanceof JsonString)) {
            throw invalidField(key);
        }
        String text = ((JsonString) value).value();
        try {
            if (text.startsWith("$")) {
                return new PathValueNode(key, PathExpression.compile(text));
            }
            if (IntrinsicCall.looksLikeCall(text)) {
                return new IntrinsicValueNode(IntrinsicCall.compile(text, key));
            }
        } catch (InvalidExpressionException e) {
            throw invalidField(key);
        }
        throw invalidField(key);
    }

    private static InvalidExpressionException invalidField(String key) {
        return new InvalidExpressionException(key,
                "The value for the field '" + key + "' must be a valid JSONPath or a valid intrinsic function call");
    }
}
