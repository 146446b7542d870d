package io.expresso.codec.template;

import io.expresso.codec.eval.EvalScope;
import io.expresso.codec.json.Json;

/** One compiled piece of a payload template: a constant, a path, an intrinsic call, an object or an array. */
abstract class TemplateNode {

    /** @return the value, or {@code null} after recording the failure in {@code scope} */
    abstract Json evaluate(Json input, EvalScope scope);
}
