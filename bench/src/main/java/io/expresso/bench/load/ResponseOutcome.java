package io.expresso.bench.load;

import java.nio.charset.StandardCharsets;

/**
 * Sorts a response into success or an error type: the {@code __type} of an AWS error body with its
 * HTTP status, the bare status when the body names no type, and for StartSyncExecution an execution
 * that answered 200 but did not succeed.
 */
final class ResponseOutcome {

    private static final byte[] TYPE_KEY = "\"__type\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STATUS_KEY = "\"status\"".getBytes(StandardCharsets.US_ASCII);
    private static final String SUCCEEDED = "SUCCEEDED";

    private final boolean checkExecutionStatus;

    /** @param target the operation sent; StartSyncExecution replies are also checked for their execution status */
    ResponseOutcome(String target) {
        this.checkExecutionStatus = LoadOptions.START_SYNC_EXECUTION.equals(target);
    }

    /** @return {@code null} for a success, otherwise the error type the run counts it under */
    String errorType(int status, byte[] body) {
        if (status < 200 || status > 299) {
            String type = stringAfter(body, TYPE_KEY);
            return type == null ? "HTTP " + status : status + " " + type;
        }
        if (checkExecutionStatus) {
            String execution = stringAfter(body, STATUS_KEY);
            return SUCCEEDED.equals(execution) ? null : "execution " + execution;
        }
        return null;
    }

    /**
     * A scan for one top-level key instead of a parse: the generator shares a core with nothing but
     * itself, and parsing every reply would cost it more than the server's work on small bodies.
     *
     * @return the string value after the first occurrence of {@code key}, or {@code null}
     */
    static String stringAfter(byte[] body, byte[] key) {
        int at = indexOf(body, key);
        if (at < 0) {
            return null;
        }
        int i = at + key.length;
        while (i < body.length && (body[i] == ' ' || body[i] == ':' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) {
            i++;
        }
        if (i >= body.length || body[i] != '"') {
            return null;
        }
        int end = i + 1;
        while (end < body.length && body[end] != '"') {
            end++;
        }
        return end < body.length ? new String(body, i + 1, end - i - 1, StandardCharsets.UTF_8) : null;
    }

    private static int indexOf(byte[] body, byte[] key) {
        outer:
        for (int i = 0; i <= body.length - key.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (body[i + j] != key[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
