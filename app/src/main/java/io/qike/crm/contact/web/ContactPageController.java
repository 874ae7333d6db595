package io.qike.crm.contact.web;

import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ContactPageController {
    private final ContactService contacts;
    private final CustomerService customers;
    private final CustomFields customFields;
    private final FormErrors formErrors;

    ContactPageController(ContactService contacts, CustomerService customers, CustomFields customFields, FormErrors formErrors) {
        this.contacts = contacts;
        this.customers = customers;
        this.customFields = customFields;
        this.formErrors = formErrors;
    }

    @GetMapping("/contacts")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", contacts.search(q, null, page, 20));
        model.addAttribute("q", q);
        model.addAttribute("baseUrl", "/contacts?" + (q == null ? "" : "q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + "&"));
        return "contacts/list";
    }

    /** The contacts card on a customer's page (htmx). */
    @GetMapping("/customers/{customerId}/contacts")
    String ofCustomer(@PathVariable long customerId, Model model) {
        customers.get(customerId);
        model.addAttribute("contacts", contacts.search(null, customerId, 0, 100).items());
        model.addAttribute("customerId", customerId);
        return "contacts/of-customer :: card";
    }

    @GetMapping("/contacts/new")
    String newForm(@RequestParam(required = false) Long customerId, Model model) {
        ContactForm form = new ContactForm();
        form.setCustomerId(customerId);
        return form(model, form, null, Map.of());
    }

    @PostMapping("/contacts")
    String create(@ModelAttribute("form") ContactForm form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            contacts.create(form.toDraft());
            redirect.addFlashAttribute("flash", "flash.saved");
            return form.getCustomerId() == null ? "redirect:/contacts" : "redirect:/customers/" + form.getCustomerId();
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
            return form.getCustomerId() == null ? "redirect:/contacts" : "redirect:/customers/" + form.getCustomerId();
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
        model.addAttribute("customerName", form.getCustomerId() == null ? null : customers.get(form.getCustomerId()).name());
        return "contacts/form";
    }
}
