package io.expresso.http.registry;

/**
 * A published, immutable version of a state machine.
 *
 * @param number       1, 2, 3 … never reused
 * @param arn          the machine ARN followed by {@code :<number>}
 * @param revision     the revision it snapshots
 * @param description  the version description, or null
 * @param creationMillis when it was published
 */
public record Version(int number, String arn, Revision revision, String description, long creationMillis) {
}
