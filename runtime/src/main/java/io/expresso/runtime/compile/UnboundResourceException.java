package io.expresso.runtime.compile;

/** A Task whose resource has no handler, refused at deploy because unbound resources are not allowed. */
public final class UnboundResourceException extends RuntimeException {

    private final String state;
    private final String resource;

    public UnboundResourceException(String state, String resource) {
        super("No task handler is bound to the resource '" + resource + "' of the state '" + state + "'");
        this.state = state;
        this.resource = resource;
    }

    public String state() {
        return state;
    }

    public String resource() {
        return resource;
    }
}
