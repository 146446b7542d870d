package io.expresso.runtime;

import io.expresso.runtime.exec.CompiledMachine;

/** A deployed state machine, ready to execute. Immutable; share it freely. */
public final class StateMachine {

    private final CompiledMachine compiled;
    private final String definition;

    StateMachine(CompiledMachine compiled, String definition) {
        this.compiled = compiled;
        this.definition = definition;
    }

    public String name() {
        return compiled.name();
    }

    public String arn() {
        return compiled.arn();
    }

    public String roleArn() {
        return compiled.roleArn();
    }

    /** @return the definition text it was deployed from */
    public String definition() {
        return definition;
    }

    CompiledMachine compiled() {
        return compiled;
    }
}
