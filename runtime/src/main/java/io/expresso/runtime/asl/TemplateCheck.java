package io.expresso.runtime.asl;

import io.expresso.codec.intrinsic.IntrinsicCall;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;

/**
 * Deploy-time checks of a payload template ({@code Parameters}, {@code ResultSelector},
 * {@code ItemSelector}): every {@code "k.$"} value is a Path or an intrinsic call, and a plain
 * value that looks like a path earns AWS's {@code NO_DOLLAR} warning. Problems are reported at
 * the template field itself, as AWS does, whatever the depth of the key.
 */
final class TemplateCheck {

    private static final String EVALUATED_SUFFIX = ".$";

    private TemplateCheck() {
    }

    /** Checks a template of any JSON type: the objects in it, at any depth, hold its keys. */
    static void check(Json template, Location location, Diagnostics diagnostics) {
        if (template.isObject()) {
            checkObject((JsonObject) template, location, diagnostics);
        } else if (template.isArray()) {
            checkElements((JsonArray) template, location, diagnostics);
        }
    }

    private static void checkObject(JsonObject template, Location location, Diagnostics diagnostics) {
        for (int i = 0; i < template.size(); i++) {
            String key = template.keyAt(i);
            Json value = template.valueAt(i);
            if (key.endsWith(EVALUATED_SUFFIX)) {
                checkEvaluated(key, value, location, diagnostics);
            } else {
                checkLiteral(key, value, location, diagnostics);
            }
        }
    }

    private static void checkEvaluated(String key, Json value, Location location, Diagnostics diagnostics) {
        String text = value.isString() ? ((JsonString) value).value() : "";
        if (IntrinsicCall.looksLikeCall(text)) {
            if (IntrinsicCalls.compiles(text, key)) {
                return;
            }
            diagnostics.schema(invalidTemplateValue(key), location);
            return;
        }
        String problem = text.startsWith("$") ? PathSyntax.checkPath(key, text) : "";
        if (problem == null) {
            return;
        }
        diagnostics.schema(problem.startsWith("Workflow variables") ? problem : invalidTemplateValue(key), location);
    }

    private static String invalidTemplateValue(String key) {
        return "The value for the field '" + key + "' must be a valid JSONPath or a valid intrinsic function call";
    }

    private static void checkLiteral(String key, Json value, Location location, Diagnostics diagnostics) {
        if (value.isObject()) {
            checkObject((JsonObject) value, location, diagnostics);
        } else if (value.isArray()) {
            checkElements((JsonArray) value, location, diagnostics);
        } else if (value.isString() && PathSyntax.looksLikePath(((JsonString) value).value())) {
            diagnostics.warning(DiagnosticCode.NO_DOLLAR, "The value for the field '" + key
                    + "' looks like a JSONPath but is a literal string: the field name must end with '.$'"
                    + " to evaluate it", location);
        }
    }

    private static void checkElements(JsonArray array, Location location, Diagnostics diagnostics) {
        for (Json element : array.asList()) {
            if (element.isObject()) {
                checkObject((JsonObject) element, location, diagnostics);
            }
        }
    }

    /** @return whether {@code value} holds a {@code .$} key at any depth, which a Pass {@code Result} does not evaluate */
    static boolean hasEvaluatedKey(Json value) {
        if (value.isArray()) {
            for (Json element : ((JsonArray) value).asList()) {
                if (hasEvaluatedKey(element)) {
                    return true;
                }
            }
            return false;
        }
        if (!value.isObject()) {
            return false;
        }
        JsonObject object = (JsonObject) value;
        for (int i = 0; i < object.size(); i++) {
            if (object.keyAt(i).endsWith(EVALUATED_SUFFIX) || hasEvaluatedKey(object.valueAt(i))) {
                return true;
            }
        }
        return false;
    }
}
