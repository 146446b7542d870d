package io.expresso.http.cli;

/** A command line the command cannot act on; the message says what is wrong. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
