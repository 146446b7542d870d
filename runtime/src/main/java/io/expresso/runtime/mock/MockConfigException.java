package io.expresso.runtime.mock;

/** A MockConfigFile that cannot be used; the message names the file and where in it the problem is. */
public final class MockConfigException extends IllegalArgumentException {

    public MockConfigException(String message) {
        super(message);
    }
}
