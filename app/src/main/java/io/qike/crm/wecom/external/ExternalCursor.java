package io.qike.crm.wecom.external;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;

/**
 * Where a listing goes on: which group of at most 100 bound members, and WeCom's own next_cursor within it. Written
 * as {@code <group>.<next_cursor>} so a client passes it back unchanged.
 */
record ExternalCursor(int group, String wecom) {
    static final ExternalCursor START = new ExternalCursor(0, "");

    static ExternalCursor parse(String text, int groups) {
        if (text == null || text.isBlank()) return START;
        int dot = text.indexOf('.');
        String head = dot < 0 ? text : text.substring(0, dot);
        if (!head.matches("\\d{1,6}") || Integer.parseInt(head) >= Math.max(groups, 1)) {
            throw new InvalidInputException(FieldProblem.of("cursor", "invalid"));
        }
        return new ExternalCursor(Integer.parseInt(head), dot < 0 ? "" : text.substring(dot + 1));
    }

    @Override
    public String toString() {
        return group + "." + wecom;
    }
}
