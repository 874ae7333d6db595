package io.qike.crm.integration;

import java.util.regex.Pattern;

/** The names a configuration gives to things that code refers to: parameters, fields, nodes, API names. */
final class CodeNames {
    static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,63}$");
    static final Pattern API_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]{0,63}$");

    private CodeNames() {
    }
}
