package io.expresso.runtime.mock;

/**
 * An execution asked for a test case that the loaded MockConfigFile does not have for its
 * machine, or one that names a state the machine has no Task for; nothing was started.
 */
public final class MockTestCaseException extends IllegalArgumentException {

    public MockTestCaseException(String message) {
        super(message);
    }
}
