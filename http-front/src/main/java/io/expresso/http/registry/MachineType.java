package io.expresso.http.registry;

/** The {@code type} a state machine was created with; both run on the Express engine. */
public enum MachineType {
    STANDARD,
    EXPRESS
}
