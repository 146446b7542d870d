package io.expresso.runtime.asl;

import io.expresso.codec.json.Json;
import java.util.List;

/** A JSONPath Choice condition: one comparison, or {@code And} / {@code Or} / {@code Not} of nested rules. */
public sealed interface ChoiceRule permits ChoiceRule.Comparison, ChoiceRule.And, ChoiceRule.Or, ChoiceRule.Not {

    /**
     * {@code Variable} compared with an operand.
     *
     * @param variable the reference path to compare
     * @param operator the one comparison operator of the rule
     * @param operand  the operand as written: a string, number or boolean literal, or (for a
     *                 {@link ComparisonOperator#isPath() path operator}) a string holding a reference path
     */
    record Comparison(String variable, ComparisonOperator operator, Json operand) implements ChoiceRule {
    }

    /** True when every rule holds, evaluated left to right. */
    record And(List<ChoiceRule> rules) implements ChoiceRule {
        public And {
            rules = List.copyOf(rules);
        }
    }

    /** True when any rule holds, evaluated left to right. */
    record Or(List<ChoiceRule> rules) implements ChoiceRule {
        public Or {
            rules = List.copyOf(rules);
        }
    }

    /** True when the rule does not hold. */
    record Not(ChoiceRule rule) implements ChoiceRule {
    }
}
