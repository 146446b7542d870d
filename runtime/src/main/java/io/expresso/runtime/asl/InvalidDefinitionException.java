package io.expresso.runtime.asl;

import java.util.List;

/**
 * A definition refused at deploy time, for callers that prefer to throw; the message is AWS's
 * {@code InvalidDefinition} text: {@code Invalid State Machine Definition: 'CODE: detail at
 * /pointer, CODE: detail at /pointer'}.
 */
public final class InvalidDefinitionException extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    /** @param diagnostics the errors, in the order found; warnings are left out of the message */
    public InvalidDefinitionException(List<Diagnostic> diagnostics) {
        super(message(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return the diagnostics the exception was made from */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String message(List<Diagnostic> diagnostics) {
        StringBuilder text = new StringBuilder("Invalid State Machine Definition: '");
        String separator = "";
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Severity.ERROR) {
                text.append(separator).append(diagnostic.render());
                separator = ", ";
            }
        }
        return text.append('\'').toString();
    }
}
