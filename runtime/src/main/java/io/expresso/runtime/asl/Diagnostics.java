package io.expresso.runtime.asl;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one definition in the order they are found. */
final class Diagnostics {

    private final List<Diagnostic> found = new ArrayList<>();

    void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    void error(DiagnosticCode code, String message, Location location) {
        add(new Diagnostic(Severity.ERROR, code, message, location == null ? null : location.toString()));
    }

    /** The common case: a {@code SCHEMA_VALIDATION_FAILED} error. */
    void schema(String message, Location location) {
        error(DiagnosticCode.SCHEMA_VALIDATION_FAILED, message, location);
    }

    void warning(DiagnosticCode code, String message, Location location) {
        add(new Diagnostic(Severity.WARNING, code, message, location.toString()));
    }

    List<Diagnostic> list() {
        return found;
    }
}
