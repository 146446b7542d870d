package io.expresso.codec.path;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;

/** One single-node step of a definite path: a member name or an array index. */
abstract class PathStep {

    /** @return the child of {@code node} this step names, or {@code null} */
    abstract Json apply(Json node);

    /** Appends the step in Jayway's normalized bracket form. */
    abstract void appendNormalized(StringBuilder out);

    static final class Member extends PathStep {
        final String name;

        Member(String name) {
            this.name = name;
        }

        @Override
        Json apply(Json node) {
            return node instanceof JsonObject ? ((JsonObject) node).get(name) : null;
        }

        @Override
        void appendNormalized(StringBuilder out) {
            out.append("['").append(name).append("']");
        }
    }

    static final class Index extends PathStep {
        final int index;

        Index(int index) {
            this.index = index;
        }

        @Override
        Json apply(Json node) {
            if (!(node instanceof JsonArray)) {
                return null;
            }
            JsonArray array = (JsonArray) node;
            return array.get(index < 0 ? array.size() + index : index);
        }

        @Override
        void appendNormalized(StringBuilder out) {
            out.append('[').append(index).append(']');
        }
    }
}
