package io.expresso.codec.path;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonBoolean;
import io.expresso.codec.json.JsonNumber;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonString;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A compiled filter expression ({@code [?(…)]}), one final class per operator, with Jayway's
 * rules for the values it compares:
 * <ul>
 *   <li>A path that finds nothing is "undefined": it equals nothing, so {@code ==} is false and
 *       {@code !=} is true, and every ordering is false.</li>
 *   <li>Numbers compare numerically; a number equals a string that reads as the same number.</li>
 *   <li>Orderings compare two numbers or two strings (by UTF-16 code units); mixed kinds are
 *       never ordered.</li>
 *   <li>Arrays and objects are equal by JSON equality.</li>
 * </ul>
 */
abstract class FilterPredicate {

    /** @return whether {@code current} passes; {@code root} is the path's document, for {@code $} operands */
    abstract boolean test(Json current, Json root);

    /** A whole {@code &&} chain, tested in order until one operand fails. */
    static final class And extends FilterPredicate {
        private final FilterPredicate[] operands;

        And(FilterPredicate[] operands) {
            this.operands = operands;
        }

        @Override
        boolean test(Json current, Json root) {
            for (FilterPredicate operand : operands) {
                if (!operand.test(current, root)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A whole {@code ||} chain, tested in order until one operand holds. */
    static final class Or extends FilterPredicate {
        private final FilterPredicate[] operands;

        Or(FilterPredicate[] operands) {
            this.operands = operands;
        }

        @Override
        boolean test(Json current, Json root) {
            for (FilterPredicate operand : operands) {
                if (operand.test(current, root)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class Not extends FilterPredicate {
        private final FilterPredicate operand;

        Not(FilterPredicate operand) {
            this.operand = operand;
        }

        @Override
        boolean test(Json current, Json root) {
            return !operand.test(current, root);
        }
    }

    /** {@code [?(@.x)]}: the path finds something (a JSON {@code null} counts). */
    static final class Exists extends FilterPredicate {
        private final FilterOperand path;

        Exists(FilterOperand path) {
            this.path = path;
        }

        @Override
        boolean test(Json current, Json root) {
            return path.exists(current, root);
        }
    }

    /** Common ground of the two-operand operators. */
    abstract static class Relation extends FilterPredicate {
        final FilterOperand left;
        final FilterOperand right;

        Relation(FilterOperand left, FilterOperand right) {
            this.left = left;
            this.right = right;
        }
    }

    static final class Equal extends Relation {
        Equal(FilterOperand left, FilterOperand right) {
            super(left, right);
        }

        @Override
        boolean test(Json current, Json root) {
            return equal(left.value(current, root), right.value(current, root));
        }
    }

    static final class NotEqual extends Relation {
        NotEqual(FilterOperand left, FilterOperand right) {
            super(left, right);
        }

        @Override
        boolean test(Json current, Json root) {
            return !equal(left.value(current, root), right.value(current, root));
        }
    }

    static final class LessThan extends Relation {
        LessThan(FilterOperand left, FilterOperand right) {
            super(left, right);
        }

        @Override
        boolean test(Json current, Json root) {
            int order = order(left.value(current, root), right.value(current, root));
            return order != UNORDERED && order < 0;
        }
    }

    static final class LessOrEqual extends Relation {
        LessOrEqual(FilterOperand left, FilterOperand right) {
            super(left, right);
        }

        @Override
        boolean test(Json current, Json root) {
            int order = order(left.value(current, root), right.value(current, root));
            return order != UNORDERED && order <= 0;
        }
    }

    static final class GreaterThan extends Relation {
        GreaterThan(FilterOperand left, FilterOperand right) {
            super(left, right);
        }

        @Override
        boolean test(Json current, Json root) {
            int order = order(left.value(current, root), right.value(current, root));
            return order != UNORDERED && order > 0;
        }
    }

    static final class GreaterOrEqual extends Relation {
        GreaterOrEqual(FilterOperand left, FilterOperand right) {
            super(left, right);
        }

        @Override
        boolean test(Json current, Json root) {
            int order = order(left.value(current, root), right.value(current, root));
            return order != UNORDERED && order >= 0;
        }
    }

    /**
     * {@code =~ /regex/flags}: the whole text must match (Jayway uses {@code Matcher.matches}).
     * Numbers match by their JSON text, booleans as {@code true}/{@code false}, an array when any
     * element matches; anything else is matched as the empty string, as in Jayway. Matching has a
     * bounded cost ({@link BoundedMatch}).
     */
    static final class Matches extends FilterPredicate {
        private final FilterOperand left;
        private final Pattern pattern;

        Matches(FilterOperand left, Pattern pattern) {
            this.left = left;
            this.pattern = pattern;
        }

        @Override
        boolean test(Json current, Json root) {
            Json value = left.value(current, root);
            if (value instanceof JsonArray) {
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    if (BoundedMatch.matches(pattern, matchText(array.get(i)))) {
                        return true;
                    }
                }
                return false;
            }
            return BoundedMatch.matches(pattern, matchText(value));
        }

        private static String matchText(Json value) {
            if (value instanceof JsonString) {
                return ((JsonString) value).value();
            }
            if (value instanceof JsonNumber) {
                return ((JsonNumber) value).text();
            }
            if (value instanceof JsonBoolean) {
                return ((JsonBoolean) value).value() ? "true" : "false";
            }
            return "";
        }
    }

    /** {@code in}: the left value equals an element of the right array. */
    static final class In extends Relation {
        In(FilterOperand left, FilterOperand right) {
            super(left, right);
        }

        @Override
        boolean test(Json current, Json root) {
            Json list = right.value(current, root);
            return list instanceof JsonArray && contains((JsonArray) list, left.value(current, root));
        }
    }

    /** {@code nin}: the negation of {@code in}, so true also when the right side is not an array. */
    static final class NotIn extends Relation {
        NotIn(FilterOperand left, FilterOperand right) {
            super(left, right);
        }

        @Override
        boolean test(Json current, Json root) {
            Json list = right.value(current, root);
            return !(list instanceof JsonArray && contains((JsonArray) list, left.value(current, root)));
        }
    }

    /** {@code subsetof}: every element of the left array is in the right array; false unless both are arrays. */
    static final class SubsetOf extends Relation {
        SubsetOf(FilterOperand left, FilterOperand right) {
            super(left, right);
        }

        @Override
        boolean test(Json current, Json root) {
            Json subset = left.value(current, root);
            Json superset = right.value(current, root);
            if (!(subset instanceof JsonArray) || !(superset instanceof JsonArray)) {
                return false;
            }
            JsonArray elements = (JsonArray) subset;
            for (int i = 0; i < elements.size(); i++) {
                if (!contains((JsonArray) superset, elements.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code anyof}: the two arrays share an element; false unless both are arrays. */
    static final class AnyOf extends Relation {
        AnyOf(FilterOperand left, FilterOperand right) {
            super(left, right);
        }

        @Override
        boolean test(Json current, Json root) {
            Json a = left.value(current, root);
            Json b = right.value(current, root);
            return a instanceof JsonArray && b instanceof JsonArray && shareElement((JsonArray) a, (JsonArray) b);
        }
    }

    /** {@code noneof}: the two arrays share no element; false unless both are arrays (as in Jayway). */
    static final class NoneOf extends Relation {
        NoneOf(FilterOperand left, FilterOperand right) {
            super(left, right);
        }

        @Override
        boolean test(Json current, Json root) {
            Json a = left.value(current, root);
            Json b = right.value(current, root);
            return a instanceof JsonArray && b instanceof JsonArray && !shareElement((JsonArray) a, (JsonArray) b);
        }
    }

    /** {@code size n}: a string of n UTF-16 units or an array of n elements; anything else fails. */
    static final class SizeIs extends FilterPredicate {
        private final FilterOperand left;
        private final int size;

        SizeIs(FilterOperand left, int size) {
            this.left = left;
            this.size = size;
        }

        @Override
        boolean test(Json current, Json root) {
            Json value = left.value(current, root);
            if (value instanceof JsonString) {
                return ((JsonString) value).value().length() == size;
            }
            return value instanceof JsonArray && ((JsonArray) value).size() == size;
        }
    }

    /** {@code empty true|false}: applies to strings, arrays and objects; anything else fails. */
    static final class EmptyIs extends FilterPredicate {
        private final FilterOperand left;
        private final boolean empty;

        EmptyIs(FilterOperand left, boolean empty) {
            this.left = left;
            this.empty = empty;
        }

        @Override
        boolean test(Json current, Json root) {
            Json value = left.value(current, root);
            if (value instanceof JsonString) {
                return ((JsonString) value).value().isEmpty() == empty;
            }
            if (value instanceof JsonArray) {
                return ((JsonArray) value).isEmpty() == empty;
            }
            return value instanceof JsonObject && ((JsonObject) value).isEmpty() == empty;
        }
    }

    /** Returned by {@link #order} for values that have no order. */
    static final int UNORDERED = Integer.MIN_VALUE;

    /** @return the sign of {@code a - b} for two numbers or two strings, else {@link #UNORDERED} */
    static int order(Json a, Json b) {
        if (a instanceof JsonNumber && b instanceof JsonNumber) {
            return ((JsonNumber) a).compareTo((JsonNumber) b);
        }
        if (a instanceof JsonString && b instanceof JsonString) {
            return Integer.signum(((JsonString) a).value().compareTo(((JsonString) b).value()));
        }
        return UNORDERED;
    }

    /** Jayway's equality: undefined equals nothing; a number equals a string holding the same number. */
    static boolean equal(Json a, Json b) {
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof JsonNumber && b instanceof JsonString) {
            return numberEqualsText((JsonNumber) a, ((JsonString) b).value());
        }
        if (a instanceof JsonString && b instanceof JsonNumber) {
            return numberEqualsText((JsonNumber) b, ((JsonString) a).value());
        }
        return a.equals(b);
    }

    private static boolean numberEqualsText(JsonNumber number, String text) {
        if (!looksNumeric(text)) {
            return false;
        }
        try {
            return number.decimalValue().compareTo(new BigDecimal(text)) == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** Screens out most non-numbers, and over-long texts, before {@link BigDecimal} is asked, so the common mismatch throws nothing. */
    private static boolean looksNumeric(String text) {
        // A longer text would cost quadratic time to convert, and no accepted number is written that long.
        if (text.isEmpty() || text.length() > JsonNumber.MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return true;
    }

    static boolean contains(JsonArray array, Json value) {
        for (int i = 0; i < array.size(); i++) {
            if (equal(value, array.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean shareElement(JsonArray a, JsonArray b) {
        for (int i = 0; i < a.size(); i++) {
            if (contains(b, a.get(i))) {
                return true;
            }
        }
        return false;
    }
}
