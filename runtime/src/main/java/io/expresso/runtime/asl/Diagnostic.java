package io.expresso.runtime.asl;

import java.util.Objects;

/**
 * One problem found in a definition, in the shape of AWS's {@code ValidateStateMachineDefinition}
 * diagnostics.
 *
 * @param severity whether the problem makes the definition invalid
 * @param code     AWS's diagnostic code
 * @param message  the text, without the code and the location
 * @param location a JSON-pointer-like location ({@code /}, {@code /States/Foo/Next}), or {@code null}
 *                 where AWS gives none (a missing terminal state, a definition that is not an object)
 */
public record Diagnostic(Severity severity, DiagnosticCode code, String message, String location) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** @return the text AWS puts inside an {@code InvalidDefinition} message: {@code CODE: message at location} */
    public String render() {
        return code + ": " + message + " at " + location;
    }

    @Override
    public String toString() {
        return severity + " " + render();
    }
}
