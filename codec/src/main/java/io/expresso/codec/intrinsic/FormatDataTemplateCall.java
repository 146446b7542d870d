package io.expresso.codec.intrinsic;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonString;

/**
 * {@code States.Format(template, v1, …)} whose template is read at run time from a path or a
 * nested call, so it is split per evaluation. Such a template is data, not literal source, so a
 * backslash in it is an ordinary character.
 */
final class FormatDataTemplateCall extends IntrinsicCall {

    private final Operand template;
    private final Operand[] values;

    FormatDataTemplateCall(Operand template, Operand[] values) {
        super(FormatCall.NAME, true);
        this.template = template;
        this.values = values;
    }

    @Override
    public Json evaluate(Json input, EvalScope scope) {
        Json text = template.evaluate(input, scope);
        if (text == null) {
            return null;
        }
        Json[] resolved = new Json[values.length];
        for (int i = 0; i < values.length; i++) {
            resolved[i] = values[i].evaluate(input, scope);
            if (resolved[i] == null) {
                return null;
            }
        }
        if (!(text instanceof JsonString)) {
            return invalidArguments(scope);
        }
        String[] pieces = FormatTemplate.split(((JsonString) text).value(), false);
        if (pieces == null || pieces.length != values.length + 1) {
            return invalidArguments(scope);
        }
        StringBuilder out = new StringBuilder(pieces[0]);
        for (int i = 0; i < resolved.length; i++) {
            JavaText.append(out, resolved[i]);
            out.append(pieces[i + 1]);
        }
        return JsonString.of(out.toString());
    }
}
