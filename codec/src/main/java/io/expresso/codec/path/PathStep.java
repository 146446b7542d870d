package io.expresso.codec.path;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import java.util.Arrays;
import java.util.LinkedHashSet;

/**
 * One single-node step of a definite path: a member name, an array index, or Jayway's merge of
 * several members into one object ({@code ['a','b']} as the last step).
 */
abstract class PathStep {

    /** @return the child of {@code node} this step names, or {@code null} */
    abstract Json apply(Json node);

    /** Appends the step in Jayway's normalized bracket form. */
    abstract void appendNormalized(StringBuilder out);

    static final class Member extends PathStep {
        final String name;

        Member(String name) {
            this.name = name.intern(); // compiled once; lets lookups on objects of a template Shape match by identity
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

    /**
     * {@code ['a','b']} as the last step: a new object holding those of the members that exist, in
     * the order first named.
     */
    static final class MergedMembers extends PathStep {
        /** Each name once, so that building an object costs one append per name however often it was repeated. */
        final String[] names;

        MergedMembers(String[] names) {
            this.names = new LinkedHashSet<>(Arrays.asList(names)).toArray(new String[0]);
        }

        @Override
        Json apply(Json node) {
            if (!(node instanceof JsonObject)) {
                return null;
            }
            JsonObject object = (JsonObject) node;
            JsonObject.Builder merged = JsonObject.builder(names.length);
            for (String name : names) {
                Json value = object.get(name);
                if (value != null) {
                    merged.add(name, value);
                }
            }
            return merged.build();
        }

        boolean allPresent(JsonObject object) {
            for (String name : names) {
                if (object.indexOf(name) < 0) {
                    return false;
                }
            }
            return true;
        }

        @Override
        void appendNormalized(StringBuilder out) {
            out.append('[');
            for (int i = 0; i < names.length; i++) {
                out.append(i == 0 ? "'" : ",'").append(names[i]).append('\'');
            }
            out.append(']');
        }
    }
}
