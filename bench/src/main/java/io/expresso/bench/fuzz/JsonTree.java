package io.expresso.bench.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Definitions and inputs under construction, as plain Java values that mutation and shrinking can
 * edit in place: {@link Map} for objects, {@link List} for arrays, {@link String}, {@link Long},
 * {@link Double}, {@link Boolean}, {@code null}, and {@link Raw} for text that must reach the
 * runtime exactly as written (numbers no Java type holds, escapes a writer would normalise).
 */
final class JsonTree {

    private JsonTree() {
    }

    /** JSON text inserted verbatim, valid or not. */
    record Raw(String text) {
    }

    /** One place in a tree: a member of an object or an element of an array. */
    record Slot(Object container, Object key) {

        Object get() {
            return container instanceof Map<?, ?> map ? map.get(key) : ((List<?>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).put((String) key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }

        void remove() {
            if (container instanceof Map<?, ?> map) {
                map.remove(key);
            } else {
                ((List<?>) container).remove((int) (Integer) key);
            }
        }
    }

    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** @return {@code value} as JSON text */
    static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    /** Recursive: generated trees are a few levels deep, and hostile depths are built as {@link Raw} text. */
    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else if (value instanceof String text) {
            writeString(text, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> member : map.entrySet()) {
                out.append(separator);
                writeString((String) member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            String separator = "";
            for (Object element : list) {
                out.append(separator);
                write(element, out);
                separator = ",";
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** @return every member and element under {@code tree}, depth first, parents before their children */
    static List<Slot> slots(Object tree) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        return slots;
    }

    private static void collect(Object value, List<Slot> slots) {
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                slots.add(new Slot(map, key));
                collect(map.get(key), slots);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                slots.add(new Slot(list, i));
                collect(list.get(i), slots);
            }
        }
    }

    /** @return a deep copy, so that a shrinking step can be tried and thrown away */
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, member) -> copy.put((String) key, copy(member)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(copy(element)));
            return copy;
        }
        return value;
    }
}
