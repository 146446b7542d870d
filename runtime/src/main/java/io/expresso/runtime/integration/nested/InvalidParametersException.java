package io.expresso.runtime.integration.nested;

/**
 * Parameters that cannot make an API call at all (not an object, a member the API does not have,
 * a member of the wrong JSON type): the Task fails with {@code States.Runtime}.
 */
final class InvalidParametersException extends RuntimeException {

    InvalidParametersException(String message) {
        super(message, null, false, false);
    }
}
