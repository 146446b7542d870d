package io.expresso.runtime.asl;

/** How serious a {@link Diagnostic} is: errors make a definition invalid, warnings do not. */
public enum Severity {
    ERROR,
    WARNING
}
