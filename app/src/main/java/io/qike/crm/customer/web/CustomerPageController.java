package io.qike.crm.customer.web;

import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerPage;
import io.qike.crm.customer.CustomerQuery;
import io.qike.crm.customer.CustomerMerges;
import io.qike.crm.customer.CustomerOffer;
import io.qike.crm.customer.CustomerPrefill;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customer.CustomerService.SimilarNames;
import io.qike.crm.customer.NewCustomerEntry;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.dedup.DuplicateCheck;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/customers")
class CustomerPageController {
    private final CustomerService customers;
    private final CustomFields customFields;
    private final DuplicateCheck duplicates;
    private final UserService users;
    private final FormErrors formErrors;
    private final CustomerFormPage formPage;
    private final DepartmentService departments;
    private final CustomerMerges merges;
    private final NewCustomerEntry entry;

    CustomerPageController(CustomerService customers, CustomFields customFields, DuplicateCheck duplicates, UserService users,
                           FormErrors formErrors, CustomerFormPage formPage, DepartmentService departments, CustomerMerges merges,
                           NewCustomerEntry entry) {
        this.departments = departments;
        this.merges = merges;
        this.entry = entry;
        this.customers = customers;
        this.customFields = customFields;
        this.duplicates = duplicates;
        this.users = users;
        this.formErrors = formErrors;
        this.formPage = formPage;
    }

    @ModelAttribute
    void options(Model model) {
        formPage.options(model);
    }

    @GetMapping
    String list(@RequestParam Map<String, String> params, @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        Map<String, String> filters = new HashMap<>(params);
        String q = filters.remove("q");
        int page = parse(filters.remove("page"), 0);
        int size = parse(filters.remove("size"), 20);
        String sort = filters.remove("sort");
        boolean desc = !"asc".equals(filters.remove("order"));
        filters.remove("lang");
        CustomerPage result = customers.search(new CustomerQuery(q, filters, sort, desc, page, size));
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/customers");
        params.forEach((k, v) -> { if (!k.equals("page") && !k.equals("lang") && v != null && !v.isBlank()) base.queryParam(k, v); });
        String baseUrl = base.build().encode().toUriString();
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("filtered", (q != null && !q.isBlank()) || filters.values().stream().anyMatch(v -> v != null && !v.isBlank()));
        model.addAttribute("params", params);
        model.addAttribute("baseUrl", baseUrl + (baseUrl.contains("?") ? "&" : "?"));
        model.addAttribute("exportUrl", baseUrl.replaceFirst("^/customers", "/exports/customers"));
        model.addAttribute("fields", customFields.definitions(CustomObject.CUSTOMER));
        model.addAttribute("users", users.list());
        model.addAttribute("departments", departments.list());
        model.addAttribute("htmx", htmx != null);
        return htmx != null ? "customers/list :: results" : "customers/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CustomerForm form = new CustomerForm();
        form.setOwnerId(CurrentUser.require().userId());
        return form(model, form, null, Map.of());
    }

    /**
     * Saves a hand-typed customer, unless another module knows the company (工商信息): then the save is held and the
     * form shows that module's card. {@code offer=fill} shows the form filled from it (saved through that module, as
     * 工商新建 is), {@code offer=skip} saves as typed. Similar names stop the save until the user presses 仍然创建,
     * which posts the form again with {@code confirmSimilar}.
     */
    @PostMapping
    String create(@ModelAttribute("form") CustomerForm form, @RequestParam(name = OFFER, required = false) String decision,
                  @RequestParam(defaultValue = "false") boolean confirmSimilar,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!SKIP.equals(decision)) {
            Optional<CustomerOffer> offer = entry.offerBeforeCreate(form.toDraft());
            if (offer.isPresent() && FILL.equals(decision)) {
                CustomerOffer o = offer.get();
                CustomerPrefill p = o.filled();
                return formPage.render(model, CustomerForm.of(p.draft()), Map.of(), new CustomerFormPage.Prefill(
                        "/customers/new/" + o.source(), PrefilledCustomerPageController.REFERENCE, o.reference(), p.fields(), p.mark(), p.note()));
            }
            if (offer.isPresent()) {
                model.addAttribute("offer", offer.get());
                return form(model, form, null, Map.of());
            }
        }
        // The user declined the offer: a form shown again (invalid input) must not offer it again.
        if (SKIP.equals(decision)) model.addAttribute("offerDeclined", true);
        try {
            long id = customers.create(form.toDraft(), confirmSimilar ? SimilarNames.ACCEPT : SimilarNames.REFUSE).id();
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/customers/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, null, formErrors.of(request, e));
        } catch (ConflictException e) {
            return form(model, form, null, formPage.conflict(model, e));
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Customer c;
        try {
            c = customers.get(id);
        } catch (NotFoundException e) {
            // A customer merged away: its old link leads to the customer it was merged into.
            Long survivor = merges.survivorOf(id).orElseThrow(() -> e);
            redirect.addFlashAttribute("flash", "flash.merged");
            return "redirect:/customers/" + survivor;
        }
        model.addAttribute("c", c);
        model.addAttribute("fields", customFields.definitions(CustomObject.CUSTOMER));
        return "customers/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, CustomerForm.of(customers.draftOf(customers.get(id))), id, Map.of());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") CustomerForm form, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        try {
            customers.update(id, form.toDraft());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/customers/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, id, formErrors.of(request, e));
        } catch (ConflictException e) {
            return form(model, form, id, formPage.conflict(model, e));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        customers.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/customers";
    }

    /** The live duplicate warning beside the form (htmx). */
    @GetMapping("/duplicates")
    String duplicates(@RequestParam(required = false) String name, @RequestParam(required = false) String creditCode,
                      @RequestParam(required = false) Long id, Model model) {
        model.addAttribute("report", duplicates.check(name, creditCode, id));
        return "customers/duplicates :: warning";
    }

    static final String OFFER = "offer", FILL = "fill", SKIP = "skip";

    private String form(Model model, CustomerForm form, Long id, Map<String, String> errors) {
        return formPage.render(model, form, id, errors);
    }

    private static int parse(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

}
