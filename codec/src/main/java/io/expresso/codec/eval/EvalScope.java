package io.expresso.codec.eval;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;

/**
 * What a compiled path, template or intrinsic call reads besides its input: the context object
 * ({@code $$}) and the workflow variables ({@code $name}); and where it reports a failure.
 *
 * <p>Evaluation never throws for a workflow error. A node that fails calls {@link #fail} and
 * returns {@code null}; every caller that sees {@code null} returns {@code null} in turn, and the
 * owner of the scope reads {@link #failure()}. One scope serves one execution at a time on one
 * thread, so a subclass (the runtime's execution frame) can be reused without allocating.
 */
public abstract class EvalScope {

    private AslError failure;

    /** @return the context object ({@code $$}) as the current state sees it */
    public abstract Json contextObject();

    /**
     * @return {@code $$.<member>.<child>}, or {@code null} when absent. A scope may override this
     *     to answer without building the whole context object, which most paths never need.
     */
    public Json contextMember(String member, String child) {
        Json context = contextObject();
        Json top = context instanceof JsonObject ? ((JsonObject) context).get(member) : null;
        return top instanceof JsonObject ? ((JsonObject) top).get(child) : null;
    }

    /** @return the value of variable {@code name}, or {@code null} if it is not defined */
    public abstract Json variable(String name);

    /**
     * Records {@code error} as the outcome of the current evaluation.
     *
     * @return {@code null}, so a node can write {@code return scope.fail(…);}
     */
    public final Json fail(AslError error) {
        failure = error;
        return null;
    }

    /** @return the error recorded by the last failed evaluation, or {@code null} */
    public final AslError failure() {
        return failure;
    }

    /** @return the recorded error, clearing it for the next evaluation */
    public final AslError takeFailure() {
        AslError error = failure;
        failure = null;
        return error;
    }
}
