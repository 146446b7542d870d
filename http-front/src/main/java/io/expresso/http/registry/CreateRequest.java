package io.expresso.http.registry;

import io.expresso.codec.json.JsonObject;
import java.util.Objects;

/**
 * The members that make two CreateStateMachine calls "identical"
 * (docs/semantics/http-api.md#createstatemachine): a repeat with the same values answers with the
 * original machine; {@code roleArn} and {@code tags} are not compared.
 */
public record CreateRequest(String definition, MachineType type, JsonObject logging, JsonObject tracing,
        JsonObject encryption, boolean publish, String versionDescription) {

    /** @return whether {@code other} asks for the same machine */
    public boolean sameAs(CreateRequest other) {
        return definition.equals(other.definition) && type == other.type && logging.equals(other.logging)
                && tracing.equals(other.tracing) && Objects.equals(encryption, other.encryption)
                && publish == other.publish && Objects.equals(versionDescription, other.versionDescription);
    }
}
