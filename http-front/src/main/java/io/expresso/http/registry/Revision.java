package io.expresso.http.registry;

import io.expresso.codec.json.JsonObject;
import io.expresso.runtime.StateMachine;

/**
 * One immutable revision of a state machine: what UpdateStateMachine replaces as a whole and
 * what a version snapshots.
 *
 * @param definition    the definition text as given
 * @param roleArn       the role ARN
 * @param logging       the logging configuration as Describe answers it
 * @param tracing       the tracing configuration as Describe answers it
 * @param encryption    the encryption configuration as given, or null
 * @param revisionId    null until the first update changes the definition or role, then a UUID
 * @param machine       the deployed, runnable machine
 * @param updateMillis  when this revision was made
 */
public record Revision(String definition, String roleArn, JsonObject logging, JsonObject tracing, JsonObject encryption,
        String revisionId, StateMachine machine, long updateMillis) {

    /** @return the id PublishStateMachineVersion compares against: {@code INITIAL} before any update */
    public String publishId() {
        return revisionId == null ? "INITIAL" : revisionId;
    }
}
