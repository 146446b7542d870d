package io.expresso.runtime.asl;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link DefinitionParser} made of a definition: the model when it has no errors, and every
 * diagnostic found (a valid definition may still carry warnings).
 */
public final class DefinitionResult {

    private final StateMachineDefinition definition;
    private final List<Diagnostic> diagnostics;

    DefinitionResult(StateMachineDefinition definition, List<Diagnostic> diagnostics) {
        this.diagnostics = List.copyOf(diagnostics);
        this.definition = errorsIn(this.diagnostics).isEmpty() ? definition : null;
    }

    /** @return whether the definition has no errors (AWS's {@code result: OK}) */
    public boolean isValid() {
        return definition != null;
    }

    /**
     * @return the model of a valid definition
     * @throws InvalidDefinitionException if the definition has errors
     */
    public StateMachineDefinition definition() {
        if (definition == null) {
            throw new InvalidDefinitionException(errors());
        }
        return definition;
    }

    /** @return errors and warnings, in the order found */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** @return the diagnostics of severity {@link Severity#ERROR} */
    public List<Diagnostic> errors() {
        return errorsIn(diagnostics);
    }

    /** @return the diagnostics of severity {@link Severity#WARNING} */
    public List<Diagnostic> warnings() {
        List<Diagnostic> warnings = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Severity.WARNING) {
                warnings.add(diagnostic);
            }
        }
        return warnings;
    }

    private static List<Diagnostic> errorsIn(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Severity.ERROR) {
                errors.add(diagnostic);
            }
        }
        return errors;
    }
}
