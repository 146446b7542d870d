package io.expresso.runtime.integration.lambda;

/** A Lambda endpoints file or setting that cannot be used; the message names the file and where in it. */
public final class LambdaConfigException extends IllegalArgumentException {

    public LambdaConfigException(String message) {
        super(message);
    }
}
