package io.qike.crm.integration.flow;

import io.qike.crm.integration.FlowNode.Operator;
import java.math.BigDecimal;
import java.util.Collection;

/** A BRANCH's comparison: numbers as numbers when both sides are numbers, else text. */
final class Conditions {
    private Conditions() {
    }

    static boolean test(Object left, Operator op, Object right) {
        return switch (op) {
            case EMPTY -> Expressions.isEmpty(left);
            case NOT_EMPTY -> !Expressions.isEmpty(left);
            case CONTAINS -> left instanceof Collection<?> c ? c.stream().anyMatch(x -> Expressions.text(x).equals(Expressions.text(right)))
                    : Expressions.text(left).contains(Expressions.text(right));
            default -> compare(left, op, right);
        };
    }

    private static boolean compare(Object left, Operator op, Object right) {
        BigDecimal a = left == null ? null : Expressions.number(left);
        BigDecimal b = right == null ? null : Expressions.number(right);
        int c = a != null && b != null ? a.compareTo(b) : Expressions.text(left).compareTo(Expressions.text(right));
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            default -> false;
        };
    }
}
