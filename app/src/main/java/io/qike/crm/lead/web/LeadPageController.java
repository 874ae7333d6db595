package io.qike.crm.lead.web;

import io.qike.crm.customer.CustomerOptions;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.lead.Lead;
import io.qike.crm.lead.LeadConversion;
import io.qike.crm.lead.LeadConversionDraft;
import io.qike.crm.lead.LeadQuery;
import io.qike.crm.lead.LeadService;
import io.qike.crm.platform.ConflictException;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class LeadPageController {
    private final LeadService leads;
    private final LeadConversion conversion;
    private final CustomFields customFields;
    private final FormErrors formErrors;

    LeadPageController(LeadService leads, LeadConversion conversion, CustomFields customFields, FormErrors formErrors) {
        this.leads = leads;
        this.conversion = conversion;
        this.customFields = customFields;
        this.formErrors = formErrors;
    }

    /** The list, or only its table when the search box or a filter asks as the user types (htmx). */
    @GetMapping("/leads")
    String list(@RequestParam Map<String, String> params, @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        LeadQuery query = LeadQuery.of(params, 20);
        model.addAttribute("result", leads.search(query));
        model.addAttribute("q", query.q());
        model.addAttribute("params", params);
        model.addAttribute("statuses", Lead.STATUSES);
        model.addAttribute("filtered", query.filtered());
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/leads");
        params.forEach((k, v) -> { if (!k.equals("page") && !k.equals("lang") && v != null && !v.isBlank()) base.queryParam(k, v); });
        String baseUrl = base.build().encode().toUriString();
        model.addAttribute("baseUrl", baseUrl + (baseUrl.contains("?") ? "&" : "?"));
        model.addAttribute("exportUrl", baseUrl.replaceFirst("^/leads", "/exports/leads"));
        model.addAttribute("htmx", htmx != null);
        return htmx != null ? "leads/list :: results" : "leads/list";
    }

    @GetMapping("/leads/{id}")
    String detail(@PathVariable long id, Model model) {
        Lead lead = leads.get(id);
        model.addAttribute("l", lead);
        model.addAttribute("history", leads.history(id));
        model.addAttribute("fields", customFields.definitions(CustomObject.LEAD));
        model.addAttribute("mayAssign", leads.mayAssign(lead));
        model.addAttribute("assignees", leads.mayAssign(lead) ? leads.assignees(lead) : Map.of());
        model.addAttribute("returnPools", lead.poolId() == null ? leads.poolsForReturn() : java.util.List.of());
        return "leads/detail";
    }

    @GetMapping("/leads/new")
    String newForm(@RequestParam(required = false) Long poolId, Model model) {
        LeadForm form = new LeadForm();
        form.setPoolId(poolId);
        return form(model, form, null, Map.of());
    }

    @PostMapping("/leads")
    String create(@ModelAttribute("form") LeadForm form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            long id = leads.create(form.toDraft());
            redirect.addFlashAttribute("flash", "flash.saved");
            return form.getPoolId() != null && form.getOwnerId() == null ? "redirect:/lead-pools/" + form.getPoolId() : "redirect:/leads/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, null, formErrors.of(request, e));
        }
    }

    @GetMapping("/leads/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, LeadForm.of(leads.draftOf(leads.get(id))), id, Map.of());
    }

    @PostMapping("/leads/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") LeadForm form, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        try {
            leads.update(id, form.toDraft());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/leads/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, id, formErrors.of(request, e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("leadError", e.messageKey());
            return "redirect:/leads/" + id;
        }
    }

    @PostMapping("/leads/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        leads.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/leads";
    }

    /** 领取, from the pool's page or the lead's: a refusal (taken, cap) comes back as a message on the pool's page. */
    @PostMapping("/leads/{id}/claim")
    String claim(@PathVariable long id, @RequestParam(required = false) Long poolId, RedirectAttributes redirect) {
        try {
            leads.claim(id);
            redirect.addFlashAttribute("flash", "lead.claimed");
            return "redirect:/leads/" + id;
        } catch (ConflictException e) {
            redirect.addFlashAttribute("leadError", e.messageKey());
            return poolId != null ? "redirect:/lead-pools/" + poolId : "redirect:/lead-pools";
        }
    }

    @PostMapping("/leads/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) Long ownerId, HttpServletRequest request,
                  RedirectAttributes redirect) {
        try {
            leads.assign(id, ownerId);
            redirect.addFlashAttribute("flash", "lead.assigned");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("leadErrors", formErrors.listed(request, e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("leadError", e.messageKey());
        }
        return "redirect:/leads/" + id;
    }

    @PostMapping("/leads/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) Long poolId,
                    HttpServletRequest request, RedirectAttributes redirect) {
        try {
            leads.giveBack(id, reason, poolId);
            redirect.addFlashAttribute("flash", "lead.returned");
            return "redirect:/leads";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("leadErrors", formErrors.listed(request, e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("leadError", e.messageKey());
        }
        return "redirect:/leads/" + id;
    }

    /** 转换: the dialog, with the customer the duplicate check found (offered instead of a new one). */
    @GetMapping("/leads/{id}/convert")
    String convertForm(@PathVariable long id, @RequestParam(required = false) String creditCode, Model model) {
        convertPage(model, id, creditCode, new ConvertCustomForm());
        model.addAttribute("errors", Map.of());
        return "leads/convert";
    }

    @PostMapping("/leads/{id}/convert")
    String convert(@PathVariable long id, @RequestParam(required = false) Long customerId, @RequestParam(required = false) String creditCode,
                   @RequestParam(defaultValue = "false") boolean createNew, @RequestParam(required = false) String opportunityName,
                   @RequestParam(required = false) String opportunityAmount, @RequestParam(required = false) String opportunityCloseOn,
                   @ModelAttribute("custom") ConvertCustomForm custom, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            LeadConversion.Converted done = conversion.convert(id, new LeadConversionDraft(customerId, creditCode, createNew,
                    opportunityName, opportunityAmount, opportunityCloseOn, ConvertCustomForm.values(custom.getCustomerCustom()),
                    ConvertCustomForm.values(custom.getContactCustom())));
            redirect.addFlashAttribute("flash", "lead.converted");
            return "redirect:/customers/" + done.customerId();
        } catch (InvalidInputException e) {
            convertPage(model, id, creditCode, custom);
            model.addAttribute("errors", formErrors.of(request, e));
            model.addAttribute("opportunityName", opportunityName);
            model.addAttribute("opportunityAmount", opportunityAmount);
            model.addAttribute("opportunityCloseOn", opportunityCloseOn);
            return "leads/convert";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("leadError", e.messageKey());
            return "redirect:/leads/" + id + "/convert" + (creditCode == null || creditCode.isBlank() ? ""
                    : "?creditCode=" + java.net.URLEncoder.encode(creditCode, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The dialog's model: the lead, the duplicate found, and the required custom fields of the new customer and contact. */
    private void convertPage(Model model, long id, String creditCode, ConvertCustomForm custom) {
        Lead lead = leads.get(id);
        model.addAttribute("l", lead);
        model.addAttribute("existing", conversion.existing(id, creditCode).orElse(null));
        model.addAttribute("creditCode", creditCode);
        model.addAttribute("custom", custom);
        model.addAttribute("customerFields", customFields.definitions(CustomObject.CUSTOMER).stream().filter(d -> d.required()).toList());
        model.addAttribute("contactFields", lead.contactName() == null || lead.contactName().isBlank() ? java.util.List.of()
                : customFields.definitions(CustomObject.CONTACT).stream().filter(d -> d.required()).toList());
    }

    private String form(Model model, LeadForm form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("leadId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", customFields.definitions(CustomObject.LEAD));
        model.addAttribute("sources", CustomerOptions.SOURCES);
        model.addAttribute("statuses", Lead.EDITABLE_STATUSES);
        model.addAttribute("pools", leads.poolsForReturn());
        return "leads/form";
    }
}
