package io.expresso.codec.error;

/**
 * A path, template or intrinsic call that cannot be compiled. Raised at deploy time only; the
 * runtime turns it into an {@code InvalidDefinition} diagnostic for the field that held the text.
 */
public final class InvalidExpressionException extends RuntimeException {

    private final String expression;

    public InvalidExpressionException(String expression, String reason) {
        super(reason);
        this.expression = expression;
    }

    /** @return the text that failed to compile */
    public String expression() {
        return expression;
    }

    /** @return what is wrong, without the expression */
    public String reason() {
        return getMessage();
    }
}
