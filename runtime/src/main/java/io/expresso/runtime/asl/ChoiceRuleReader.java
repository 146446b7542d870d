package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.runtime.choice.TimestampText;
import java.util.ArrayList;
import java.util.List;

/** Reads JSONPath Choice rules: one comparison operator per rule, or one of {@code And}/{@code Or}/{@code Not}. */
final class ChoiceRuleReader {

    private static final List<String> COMBINATORS = List.of("And", "Or", "Not");

    /**
     * How deeply {@code And}, {@code Or} and {@code Not} may nest, the top-level rule being the first
     * level. Unlimited in the language, unrecorded at AWS; the bound keeps reading and evaluating a
     * rule well within a thread's stack, and no real Choice comes near it.
     */
    static final int MAX_RULE_DEPTH = 100;

    private final Diagnostics diagnostics;

    ChoiceRuleReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A top-level element of {@code Choices}, which carries {@code Next}; {@code null} when unreadable. */
    ChoiceTransition readTransition(Json value, Location location, boolean jsonata) {
        FieldReader r = object(value, location);
        if (r == null) {
            return null;
        }
        ChoiceRule rule = readRule(r, 1, jsonata);
        String next = r.requiredString("Next");
        return rule == null ? null : new ChoiceTransition(rule, next, r.string("Comment"));
    }

    private FieldReader object(Json value, Location location) {
        if (!value.isObject()) {
            diagnostics.schema("The value should be of type object", location);
            return null;
        }
        return new FieldReader((JsonObject) value, location, diagnostics);
    }

    private ChoiceRule readRule(FieldReader r, int depth, boolean jsonata) {
        if (depth > MAX_RULE_DEPTH) {
            diagnostics.error(DiagnosticCode.TOO_DEEPLY_NESTED,
                    "Choice Rules may be nested at most " + MAX_RULE_DEPTH + " deep", r.location());
            return null;
        }
        boolean topLevel = depth == 1;
        List<String> operators = new ArrayList<>();
        boolean condition = false;
        for (String field : r.fieldNames()) {
            if (ComparisonOperator.of(field) != null || COMBINATORS.contains(field)) {
                operators.add(field);
            } else if (field.equals("Condition") || field.equals("Output")) {
                condition |= field.equals("Condition");
                if (!jsonata) {
                    diagnostics.schema(Unsupported.jsonataField(field), r.location());
                }
            } else if (topLevel && field.equals(FieldMatrix.ASSIGN)) {
                diagnostics.schema(Unsupported.assign(), r.at(field));
            } else if (!field.equals("Comment") && !field.equals("Variable") && !(topLevel && field.equals("Next"))) {
                diagnostics.schema(FieldReader.notSupported(field), r.location());
            }
        }
        if (operators.size() > 1) {
            diagnostics.schema("Each Choice Rule can only have one comparison operator.", r.location());
            return null;
        }
        if (operators.isEmpty()) {
            if (!condition) {
                diagnostics.schema("Each Choice Rule must have one comparison operator.", r.location());
            }
            return null;
        }
        String operator = operators.get(0);
        return COMBINATORS.contains(operator) ? combination(r, operator, depth, jsonata) : comparison(r, operator);
    }

    private ChoiceRule combination(FieldReader r, String operator, int depth, boolean jsonata) {
        if (r.has("Variable")) {
            diagnostics.schema(FieldReader.notSupported("Variable"), r.location());
        }
        if (operator.equals("Not")) {
            JsonObject nested = r.object("Not");
            ChoiceRule rule = nested == null ? null
                    : readRule(new FieldReader(nested, r.at("Not"), diagnostics), depth + 1, jsonata);
            return rule == null ? null : new ChoiceRule.Not(rule);
        }
        JsonArray array = r.nonEmptyArray(operator);
        if (array == null) {
            return null;
        }
        List<ChoiceRule> rules = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            FieldReader nested = object(array.get(i), r.at(operator).index(i));
            ChoiceRule rule = nested == null ? null : readRule(nested, depth + 1, jsonata);
            if (rule != null) {
                rules.add(rule);
            }
        }
        if (rules.size() < array.size()) {
            return null;
        }
        return operator.equals("And") ? new ChoiceRule.And(rules) : new ChoiceRule.Or(rules);
    }

    private ChoiceRule comparison(FieldReader r, String field) {
        ComparisonOperator operator = ComparisonOperator.of(field);
        String variable = r.has("Variable") ? r.referencePath("Variable") : null;
        if (!r.has("Variable")) {
            r.missing("Variable");
        }
        Json operand = r.raw(field);
        return operandIsValid(r, operator, operand) && variable != null
                ? new ChoiceRule.Comparison(variable, operator, operand)
                : null;
    }

    private boolean operandIsValid(FieldReader r, ComparisonOperator operator, Json operand) {
        String field = operator.fieldName();
        if (operator.isPath()) {
            return r.referencePath(field) != null;
        }
        switch (operator.family()) {
            case NUMERIC:
                return r.number(field, null, null) != null;
            case BOOLEAN:
            case TYPE_TEST:
                return r.bool(field) != null;
            case TIMESTAMP:
                return timestamp(r, field);
            case STRING_PATTERN:
                return pattern(r, field);
            default:
                return r.string(field) != null;
        }
    }

    private boolean timestamp(FieldReader r, String field) {
        String text = r.string(field);
        if (text != null && TimestampText.parse(text) == null) {
            diagnostics.schema("String does not match RFC3339 timestamp", r.at(field));
            return false;
        }
        return text != null;
    }

    /** In a {@code StringMatches} pattern a backslash may only escape {@code *} or another backslash. */
    private boolean pattern(FieldReader r, String field) {
        String text = r.string(field);
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\\') {
                continue;
            }
            if (i + 1 < text.length() && (text.charAt(i + 1) == '*' || text.charAt(i + 1) == '\\')) {
                i++;
            } else {
                diagnostics.schema("The value for the field 'StringMatches' can only escape '*' and '\\'",
                        r.at(field));
                return false;
            }
        }
        return true;
    }
}
