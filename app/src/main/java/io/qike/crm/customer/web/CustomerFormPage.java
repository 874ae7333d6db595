package io.qike.crm.customer.web;

import io.qike.crm.customer.CustomerOptions;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.org.UserService;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Renders the customer form: the plain one, and the one another module prefilled through
 * {@link io.qike.crm.customer.CustomerPrefills} (工商新建 in the registry module), which says where it
 * posts, one hidden reference to send along, and which fields were filled, with a note.
 */
@Component
public class CustomerFormPage {
    /**
     * How a prefilled form differs from the plain one: where it posts, a hidden reference sent along,
     * the fields filled (each shown with {@code mark}) and a note above the form.
     */
    public record Prefill(String action, String referenceName, String referenceValue, Set<String> fields, String mark,
                          String note) {
    }

    private final CustomFields customFields;
    private final UserService users;

    CustomerFormPage(CustomFields customFields, UserService users) {
        this.customFields = customFields;
        this.users = users;
    }

    /** The choices of the standard fields, for the form and the list filters. */
    public void options(Model model) {
        model.addAttribute("currencies", CustomerOptions.CURRENCIES);
        model.addAttribute("statuses", CustomerOptions.STATUSES);
        model.addAttribute("levels", CustomerOptions.LEVELS);
        model.addAttribute("sources", CustomerOptions.SOURCES);
    }

    public String render(Model model, CustomerForm form, Long id, Map<String, String> errors) {
        options(model);
        model.addAttribute("form", form);
        model.addAttribute("customerId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", customFields.definitions(CustomObject.CUSTOMER));
        model.addAttribute("users", users.list());
        model.addAttribute("canAssign", CurrentUser.require().can(Permission.CUSTOMER_ASSIGN));
        return "customers/form";
    }

    /**
     * Puts a refused save on the form: the same credit code (marked on its field), or similar names, listed
     * with a 仍然创建 button that posts the form again confirming. Returns the field errors to show.
     */
    public Map<String, String> conflict(Model model, ConflictException e) {
        if ("similar_names".equals(e.code())) {
            model.addAttribute("similar", e.details().get("similarCustomers"));
            model.addAttribute("similarHidden", e.details().get("othersNotShown"));
            return Map.of();
        }
        model.addAttribute("conflict", e.details());
        return Map.of("creditCode", "");
    }

    public String render(Model model, CustomerForm form, Map<String, String> errors, Prefill prefill) {
        model.addAttribute("prefill", prefill);
        return render(model, form, null, errors);
    }
}
