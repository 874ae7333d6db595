package io.qike.crm.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The function permissions a role can grant (角色权限): an object and an action, written
 * {@code object:action}, for example {@code customer:edit}. Checked in the service layer with
 * {@code @PreAuthorize("hasAuthority('customer:edit')")}, for the UI and the API alike.
 */
public final class Permissions {
    public static final List<String> OBJECTS = List.of("customer", "contact", "salesrecord");
    public static final List<String> ACTIONS = List.of("view", "create", "edit", "delete", "import", "export", "assign");
    /** Administration: organisation and roles, custom fields, the audit log, the integration centre. */
    public static final List<String> ADMIN = List.of("admin:org", "admin:fields", "admin:audit", "admin:integration");

    private Permissions() {
    }

    public static List<String> all() {
        List<String> all = new ArrayList<>();
        for (String object : OBJECTS) {
            for (String action : ACTIONS) {
                all.add(object + ":" + action);
            }
        }
        all.addAll(ADMIN);
        return all;
    }

    public static boolean isKnown(String permission) {
        return all().contains(permission);
    }
}
