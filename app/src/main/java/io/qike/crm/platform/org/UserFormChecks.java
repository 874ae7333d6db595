package io.qike.crm.platform.org;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import io.qike.crm.platform.validation.Patterns;
import java.util.List;

/** The field rules of a {@link UserForm}; the checks that need the database stay in {@link UserService}. */
final class UserFormChecks {

    private UserFormChecks() {
    }

    static List<FieldProblem> of(UserForm form) {
        Checks c = new Checks();
        String login = c.text("login", form.getLogin(), MaxLength.USER_LOGIN, true);
        if (login != null && !Patterns.LOGIN.matcher(login).matches()) c.add("login", "login_chars");
        c.text("displayName", form.getDisplayName(), MaxLength.USER_DISPLAY_NAME, true);
        c.format("mobile", form.getMobile(), Patterns.MAINLAND_MOBILE, "mobile");
        String email = c.email("email", form.getEmail());
        if (email != null && email.length() > 128) c.add("email", "too_long", 128);
        if (form.getPassword() != null && form.getPassword().length() > 128) c.add("password", "too_long", 128);
        return c.problems();
    }
}
