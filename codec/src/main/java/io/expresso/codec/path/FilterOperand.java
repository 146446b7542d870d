package io.expresso.codec.path;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;

/** One side of a filter comparison: a literal, or a path from the current node ({@code @}) or from the root ({@code $}). */
abstract class FilterOperand {

    /** @return the operand's value, or {@code null} when a definite path finds nothing (Jayway's "undefined") */
    abstract Json value(Json current, Json root);

    /** @return whether this operand is a path, which may stand alone as an existence test */
    boolean isPath() {
        return false;
    }

    /** @return whether the operand finds something: a definite path a node, an indefinite path at least one */
    boolean exists(Json current, Json root) {
        return value(current, root) != null;
    }

    static boolean found(JsonPath path, Json selected) {
        return selected != null && (path.isDefinite() || !((JsonArray) selected).isEmpty());
    }

    /** A JSON literal written in the filter: number, string, boolean, null, array or object. */
    static final class Literal extends FilterOperand {
        final Json value;

        Literal(Json value) {
            this.value = value;
        }

        @Override
        Json value(Json current, Json root) {
            return value;
        }
    }

    /** {@code @…}: a path from the node under test. */
    static final class CurrentPath extends FilterOperand {
        private final JsonPath path;

        CurrentPath(JsonPath path) {
            this.path = path;
        }

        @Override
        Json value(Json current, Json root) {
            return path.select(current);
        }

        @Override
        boolean exists(Json current, Json root) {
            return found(path, path.select(current));
        }

        @Override
        boolean isPath() {
            return true;
        }
    }

    /** {@code $…}: a path from the document the whole path is evaluated against. */
    static final class DocumentPath extends FilterOperand {
        private final JsonPath path;

        DocumentPath(JsonPath path) {
            this.path = path;
        }

        @Override
        Json value(Json current, Json root) {
            return path.select(root);
        }

        @Override
        boolean exists(Json current, Json root) {
            return found(path, path.select(root));
        }

        @Override
        boolean isPath() {
            return true;
        }
    }
}
