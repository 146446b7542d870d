package io.expresso.http.ops;

import io.expresso.codec.json.JsonObject;
import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.asl.InvalidDefinitionException;
import io.expresso.runtime.compile.UnboundResourceException;

/** Validates and compiles definitions, turning refusals into AWS's InvalidDefinition. */
final class Deployer {

    private final Expresso expresso;

    Deployer(Expresso expresso) {
        this.expresso = expresso;
    }

    /**
     * @param logging the API's {@code loggingConfiguration}, or {@code null} when the caller gave
     *     none (the server's default applies)
     * @throws ApiException InvalidDefinition with AWS's message
     */
    StateMachine deploy(String name, String definition, String roleArn, JsonObject logging) {
        try {
            return logging == null
                    ? expresso.deploy(name, definition, roleArn)
                    : expresso.deploy(name, definition, roleArn, Configurations.runtimeLogging(logging));
        } catch (InvalidDefinitionException invalid) {
            throw new ApiException(ErrorType.INVALID_DEFINITION, invalid.getMessage());
        } catch (UnboundResourceException unbound) {
            // AWS's wording for a resource it does not know
            // (docs/semantics/definitions.md#invalid-definition-messages).
            throw new ApiException(ErrorType.INVALID_DEFINITION, "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: "
                    + "The resource provided " + unbound.resource() + " is not recognized. The value is not a valid resource ARN, "
                    + "or the resource is not available in this region. at /States/" + unbound.state() + "/Resource'");
        }
    }
}
