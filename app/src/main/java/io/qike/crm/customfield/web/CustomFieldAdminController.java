package io.qike.crm.customfield.web;

import io.qike.crm.customfield.CustomFieldDefinition;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin page for custom fields of each object; the service checks admin:fields. */
@Controller
class CustomFieldAdminController {
    private final CustomFields fields;
    private final FormErrors formErrors;

    CustomFieldAdminController(CustomFields fields, FormErrors formErrors) {
        this.fields = fields;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/fields")
    String list(@RequestParam(defaultValue = "CUSTOMER") CustomObject object, Model model) {
        model.addAttribute("object", object);
        model.addAttribute("objects", CustomObject.values());
        model.addAttribute("types", FieldType.values());
        model.addAttribute("fields", fields.administered(object));
        if (model.getAttribute("errors") == null) model.addAttribute("errors", Map.of());
        return "admin/fields";
    }

    @PostMapping("/admin/fields")
    String create(@RequestParam CustomObject object, @RequestParam(required = false) String code, @RequestParam(required = false) String label,
                  @RequestParam(required = false) FieldType type, @RequestParam(required = false) String options,
                  @RequestParam(defaultValue = "false") boolean required, @RequestParam(defaultValue = "false") boolean unique,
                  @RequestParam(defaultValue = "false") boolean showInList, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            fields.define(object, code, label, type, lines(options), required, unique, showInList);
            redirect.addFlashAttribute("flash", "flash.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", formErrors.of(request, e));
        }
        return "redirect:/admin/fields?object=" + object;
    }

    @GetMapping("/admin/fields/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CustomFieldDefinition field = fields.get(id);
        return editPage(field, field.label(), String.join("\n", field.options()), field.required(), field.unique(),
                field.showInList(), Map.of(), model);
    }

    /** Saves the label, options and flags; the type and the code are shown but not sent. */
    @PostMapping("/admin/fields/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) String label, @RequestParam(required = false) String options,
                  @RequestParam(defaultValue = "false") boolean required, @RequestParam(defaultValue = "false") boolean unique,
                  @RequestParam(defaultValue = "false") boolean showInList, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        CustomFieldDefinition field = fields.get(id);
        try {
            fields.update(id, label, lines(options), required, unique, showInList);
        } catch (InvalidInputException e) {
            return editPage(field, label, options, required, unique, showInList, formErrors.of(request, e), model);
        }
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/fields?object=" + field.objectType();
    }

    private static String editPage(CustomFieldDefinition field, String label, String options, boolean required, boolean unique,
                                   boolean showInList, Map<String, String> errors, Model model) {
        model.addAttribute("field", field);
        model.addAttribute("form", new FieldEdit(label, options, required, unique, showInList));
        model.addAttribute("errors", errors);
        return "admin/field-edit";
    }

    /** The edit form as shown again after a refused save. */
    record FieldEdit(String label, String options, boolean required, boolean unique, boolean showInList) {
    }

    @PostMapping("/admin/fields/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        CustomObject object = fields.get(id).objectType();
        fields.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/fields?object=" + object;
    }

    private static List<String> lines(String options) {
        return options == null ? List.of() : Arrays.stream(options.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
