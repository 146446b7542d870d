package io.expresso.http.api;

import java.util.HashMap;
import java.util.Map;

/** Operations by the name that follows {@code AWSStepFunctions.} in {@code X-Amz-Target}. */
public final class OperationTable {

    private final Map<String, Operation> operations = new HashMap<>();

    /** Adds an operation; each name is registered once, while the server is being built. */
    public OperationTable add(String name, Operation operation) {
        if (operations.putIfAbsent(name, operation) != null) {
            throw new IllegalStateException("operation registered twice: " + name);
        }
        return this;
    }

    /** @return the operation, or null for a name the server does not implement */
    public Operation get(String name) {
        return operations.get(name);
    }
}
