package io.expresso.codec.path;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;

/**
 * One step of an indefinite path: takes a node and hands every node it selects to the next step,
 * the last step adding them to the result. Steps that find nothing of the kind they expect (a
 * member on an array, an index on an object, a missing member) select nothing, as Jayway does
 * once a path is indefinite.
 */
abstract class Selector {

    /**
     * The step after this one, {@code null} for the last. Assigned once by {@link #link} while the
     * path is compiled, before the path is published, and never again.
     */
    Selector next;

    /** Selects from {@code node}; {@code root} is the document the path started from, for {@code $} in filters. */
    abstract void collect(Json node, Json root, JsonArray.Builder out);

    /** @return whether a deep scan ({@code ..}) should apply this step at {@code node} (Jayway's scan predicates) */
    abstract boolean scanMatches(Json node, Json root);

    /** @return the single-node step this selector stands for, or {@code null} if it may select many nodes */
    PathStep definiteStep() {
        return null;
    }

    void link(Selector following) {
        next = following;
    }

    final void emit(Json node, Json root, JsonArray.Builder out) {
        if (next == null) {
            out.add(node);
        } else {
            next.collect(node, root, out);
        }
    }

    /** {@code .name} or {@code ['name']}: skipped where the member is absent. */
    static final class Member extends Selector {
        private final String name;

        Member(String name) {
            this.name = name;
        }

        @Override
        void collect(Json node, Json root, JsonArray.Builder out) {
            if (node instanceof JsonObject) {
                Json child = ((JsonObject) node).get(name);
                if (child != null) {
                    emit(child, root, out);
                }
            }
        }

        @Override
        boolean scanMatches(Json node, Json root) {
            return node instanceof JsonObject && ((JsonObject) node).indexOf(name) >= 0;
        }

        @Override
        PathStep definiteStep() {
            return new PathStep.Member(name);
        }
    }

    /** {@code [n]}, {@code [-n]} counting from the end. */
    static final class Index extends Selector {
        private final int index;

        Index(int index) {
            this.index = index;
        }

        @Override
        void collect(Json node, Json root, JsonArray.Builder out) {
            if (node instanceof JsonArray) {
                JsonArray array = (JsonArray) node;
                Json element = array.get(index < 0 ? array.size() + index : index);
                if (element != null) {
                    emit(element, root, out);
                }
            }
        }

        @Override
        boolean scanMatches(Json node, Json root) {
            return node instanceof JsonArray;
        }

        @Override
        PathStep definiteStep() {
            return new PathStep.Index(index);
        }
    }

    /** {@code [*]} or {@code .*}: the elements of an array, the values of an object, nothing of a scalar. */
    static final class Wildcard extends Selector {
        @Override
        void collect(Json node, Json root, JsonArray.Builder out) {
            if (node instanceof JsonObject) {
                JsonObject object = (JsonObject) node;
                for (int i = 0; i < object.size(); i++) {
                    emit(object.valueAt(i), root, out);
                }
            } else if (node instanceof JsonArray) {
                JsonArray array = (JsonArray) node;
                for (int i = 0; i < array.size(); i++) {
                    emit(array.get(i), root, out);
                }
            }
        }

        @Override
        boolean scanMatches(Json node, Json root) {
            return true;
        }
    }

    /** {@code [0,2,-1]}: each listed index in the order written; indexes out of range are skipped. */
    static final class IndexUnion extends Selector {
        private final int[] indexes;

        IndexUnion(int[] indexes) {
            this.indexes = indexes;
        }

        @Override
        void collect(Json node, Json root, JsonArray.Builder out) {
            if (node instanceof JsonArray) {
                JsonArray array = (JsonArray) node;
                for (int index : indexes) {
                    Json element = array.get(index < 0 ? array.size() + index : index);
                    if (element != null) {
                        emit(element, root, out);
                    }
                }
            }
        }

        @Override
        boolean scanMatches(Json node, Json root) {
            return node instanceof JsonArray;
        }
    }

    /**
     * {@code [start:end:step]} with Python's rules: negative bounds count from the end, bounds are
     * clamped to the array, a negative step walks backwards. Absent bounds are flagged rather than
     * boxed so that nothing is allocated per evaluation.
     */
    static final class Slice extends Selector {
        private final int start;
        private final int end;
        private final int step;
        private final boolean hasStart;
        private final boolean hasEnd;

        Slice(int start, boolean hasStart, int end, boolean hasEnd, int step) {
            this.start = start;
            this.hasStart = hasStart;
            this.end = end;
            this.hasEnd = hasEnd;
            this.step = step;
        }

        @Override
        void collect(Json node, Json root, JsonArray.Builder out) {
            if (!(node instanceof JsonArray)) {
                return;
            }
            JsonArray array = (JsonArray) node;
            int length = array.size();
            if (step > 0) {
                int from = hasStart ? bound(start, length, 0, length) : 0;
                int to = hasEnd ? bound(end, length, 0, length) : length;
                for (int i = from; i < to; i += step) {
                    emit(array.get(i), root, out);
                }
            } else {
                int from = hasStart ? bound(start, length, -1, length - 1) : length - 1;
                int to = hasEnd ? bound(end, length, -1, length - 1) : -1;
                for (int i = from; i > to; i += step) {
                    emit(array.get(i), root, out);
                }
            }
        }

        private static int bound(int value, int length, int low, int high) {
            int normalized = value < 0 ? length + value : value;
            return Math.max(low, Math.min(high, normalized));
        }

        @Override
        boolean scanMatches(Json node, Json root) {
            return node instanceof JsonArray;
        }
    }

    /**
     * {@code ['a','b']} followed by more steps: each member in turn, as separate matches. (As the
     * last step the members are merged into one object instead, see {@link MergedMembers}.)
     */
    static final class MemberUnion extends Selector {
        final String[] names;

        MemberUnion(String[] names) {
            this.names = names;
        }

        @Override
        void collect(Json node, Json root, JsonArray.Builder out) {
            if (node instanceof JsonObject) {
                JsonObject object = (JsonObject) node;
                for (String name : names) {
                    Json child = object.get(name);
                    if (child != null) {
                        emit(child, root, out);
                    }
                }
            }
        }

        @Override
        boolean scanMatches(Json node, Json root) {
            return node instanceof JsonObject;
        }
    }

    /**
     * {@code ['a','b']} as the last step: Jayway merges the named members that exist into one new
     * object per matched object (a single-node step, so such a path is definite).
     */
    static final class MergedMembers extends Selector {
        private final PathStep.MergedMembers step;

        MergedMembers(String[] names) {
            this.step = new PathStep.MergedMembers(names);
        }

        @Override
        void collect(Json node, Json root, JsonArray.Builder out) {
            Json merged = step.apply(node);
            if (merged != null) {
                emit(merged, root, out);
            }
        }

        @Override
        boolean scanMatches(Json node, Json root) {
            return node instanceof JsonObject && step.allPresent((JsonObject) node);
        }

        @Override
        PathStep definiteStep() {
            return step;
        }
    }

    /**
     * {@code [?(…)]}: on an array, the elements that pass; on an object, the object itself if it
     * passes; on a scalar, nothing.
     */
    static final class Filter extends Selector {
        private final FilterPredicate predicate;

        Filter(FilterPredicate predicate) {
            this.predicate = predicate;
        }

        @Override
        void collect(Json node, Json root, JsonArray.Builder out) {
            if (node instanceof JsonArray) {
                JsonArray array = (JsonArray) node;
                for (int i = 0; i < array.size(); i++) {
                    Json element = array.get(i);
                    if (predicate.test(element, root)) {
                        emit(element, root, out);
                    }
                }
            } else if (node instanceof JsonObject && predicate.test(node, root)) {
                emit(node, root, out);
            }
        }

        @Override
        boolean scanMatches(Json node, Json root) {
            return predicate.test(node, root);
        }
    }

    /**
     * {@code ..target}: visits the start node and every object and array below it in document
     * order, parents before children, and applies {@code target} wherever its scan predicate holds.
     *
     * <p>On a matching array that is not the end of the path, Jayway skips {@code target} itself
     * and applies the steps after it to every element ({@code $..[0].x} reads {@code x} of all
     * elements); we keep that, since AWS evaluates with Jayway.
     */
    static final class DeepScan extends Selector {
        private final Selector target;

        DeepScan(Selector target) {
            this.target = target;
        }

        Selector target() {
            return target;
        }

        @Override
        void link(Selector following) {
            target.link(following);
        }

        @Override
        void collect(Json node, Json root, JsonArray.Builder out) {
            if (node instanceof JsonObject) {
                JsonObject object = (JsonObject) node;
                if (target.scanMatches(object, root)) {
                    target.collect(object, root, out);
                }
                for (int i = 0; i < object.size(); i++) {
                    collect(object.valueAt(i), root, out);
                }
            } else if (node instanceof JsonArray) {
                JsonArray array = (JsonArray) node;
                if (target.scanMatches(array, root)) {
                    if (target.next == null) {
                        target.collect(array, root, out);
                    } else {
                        for (int i = 0; i < array.size(); i++) {
                            target.next.collect(array.get(i), root, out);
                        }
                    }
                }
                for (int i = 0; i < array.size(); i++) {
                    collect(array.get(i), root, out);
                }
            }
        }

        @Override
        boolean scanMatches(Json node, Json root) {
            return true;
        }
    }
}
