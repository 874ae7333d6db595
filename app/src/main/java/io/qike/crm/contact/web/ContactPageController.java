package io.qike.crm.contact.web;

import io.qike.crm.contact.Contact;
import io.qike.crm.contact.ContactQuery;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerPicker;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class ContactPageController {
    private final ContactService contacts;
    private final CustomerService customers;
    private final CustomerPicker picker;
    private final CustomFields customFields;
    private final FormErrors formErrors;
    private final DepartmentService departments;

    ContactPageController(ContactService contacts, CustomerService customers, CustomerPicker picker, CustomFields customFields,
                          FormErrors formErrors, DepartmentService departments) {
        this.departments = departments;
        this.contacts = contacts;
        this.customers = customers;
        this.picker = picker;
        this.customFields = customFields;
        this.formErrors = formErrors;
    }

    /**
     * The list, or only its table when the search box or a filter asks as the user types (htmx); the address
     * carries the filters, so a shared or reloaded one shows the same contacts.
     */
    @GetMapping("/contacts")
    String list(@RequestParam Map<String, String> params, @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        ContactQuery query = ContactQuery.of(params, 20);
        model.addAttribute("result", contacts.search(query));
        model.addAttribute("q", query.q());
        model.addAttribute("filtered", query.filtered());
        model.addAttribute("params", params);
        model.addAttribute("departments", departments.list());
        model.addAttribute("customerName", picker.label(query.chosenCustomer()));
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/contacts");
        params.forEach((k, v) -> { if (!k.equals("page") && !k.equals("lang") && v != null && !v.isBlank()) base.queryParam(k, v); });
        String baseUrl = base.build().encode().toUriString();
        model.addAttribute("baseUrl", baseUrl + (baseUrl.contains("?") ? "&" : "?"));
        model.addAttribute("exportUrl", baseUrl.replaceFirst("^/contacts", "/exports/contacts"));
        model.addAttribute("htmx", htmx != null);
        return htmx != null ? "contacts/list :: results" : "contacts/list";
    }

    /** The contacts card on a customer's page (htmx). */
    @GetMapping("/customers/{customerId}/contacts")
    String ofCustomer(@PathVariable long customerId, Model model) {
        customers.get(customerId);
        model.addAttribute("contacts", contacts.search(null, customerId, 0, 100).items());
        model.addAttribute("customerId", customerId);
        return "contacts/of-customer :: card";
    }

    @GetMapping("/contacts/{id}")
    String detail(@PathVariable long id, Model model) {
        Contact contact = contacts.get(id);
        model.addAttribute("c", contact);
        model.addAttribute("customerVisible", picker.label(contact.customerId()) != null);
        model.addAttribute("fields", customFields.definitions(CustomObject.CONTACT));
        return "contacts/detail";
    }

    /** A new contact; opened from a customer's page, the customer is chosen already. */
    @GetMapping("/contacts/new")
    String newForm(@RequestParam(required = false) Long customerId, Model model) {
        ContactForm form = new ContactForm();
        form.setCustomerId(customerId);
        return form(model, form, null, Map.of());
    }

    @PostMapping("/contacts")
    String create(@ModelAttribute("form") ContactForm form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            long id = contacts.create(form.toDraft());
            redirect.addFlashAttribute("flash", "flash.saved");
            return form.getCustomerId() == null ? "redirect:/contacts/" + id : "redirect:/customers/" + form.getCustomerId();
        } catch (InvalidInputException e) {
            return form(model, form, null, formErrors.of(request, e));
        }
    }

    @GetMapping("/contacts/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, ContactForm.of(contacts.draftOf(contacts.get(id))), id, Map.of());
    }

    @PostMapping("/contacts/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ContactForm form, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        try {
            contacts.update(id, form.toDraft());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/contacts/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, id, formErrors.of(request, e));
        }
    }

    @PostMapping("/contacts/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Long customerId = contacts.get(id).customerId();
        contacts.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return customerId == null ? "redirect:/contacts" : "redirect:/customers/" + customerId;
    }

    private String form(Model model, ContactForm form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("contactId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", customFields.definitions(CustomObject.CONTACT));
        model.addAttribute("customerName", picker.label(form.getCustomerId()));
        return "contacts/form";
    }
}
