package io.expresso.runtime.asl;

/**
 * A diagnostic location in AWS's form: {@code /} for the root, {@code /States/Foo/Next} for a
 * field, {@code /States/C/Choices[0]/Next} for an array element (names are not escaped, as in
 * AWS's messages).
 */
final class Location {

    static final Location ROOT = new Location("/");

    private final String pointer;

    private Location(String pointer) {
        this.pointer = pointer;
    }

    Location child(String name) {
        return new Location(pointer.equals("/") ? "/" + name : pointer + "/" + name);
    }

    Location index(int index) {
        return new Location(pointer + "[" + index + "]");
    }

    boolean isRoot() {
        return this == ROOT;
    }

    @Override
    public String toString() {
        return pointer;
    }
}
