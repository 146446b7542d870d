package io.expresso.http.cli;

/**
 * A command that understood its command line yet could not do its work: a file it cannot read or
 * use, an address it cannot listen on. The message is the whole report, one line; the usage would
 * not help, so it is not printed.
 */
final class CommandFailure extends RuntimeException {

    private final int status;

    /** @param status the exit status the command documents for this failure */
    CommandFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
