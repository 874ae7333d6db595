package io.qike.crm.registry.web;

import io.qike.crm.customer.web.CustomerForm;
import io.qike.crm.customer.web.CustomerFormPage;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import io.qike.crm.registry.RegistryCandidate;
import io.qike.crm.registry.RegistryCompany;
import io.qike.crm.registry.RegistryCustomers;
import io.qike.crm.registry.RegistryLookupException;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryMessages;
import io.qike.crm.registry.RegistrySearch;
import io.qike.crm.registry.store.CurrentSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工商查询 on the new-customer page and 工商新建: the prefilled customer form, posted here to keep the registry record. */
@Controller
class NewCustomerPageController {
    private final RegistryCustomers registry;
    private final CurrentSettings settings;
    private final CustomerFormPage formPage;
    private final FormErrors formErrors;
    private final RegistryMessages messages;

    NewCustomerPageController(RegistryCustomers registry, CurrentSettings settings, CustomerFormPage formPage, FormErrors formErrors,
                              RegistryMessages messages) {
        this.registry = registry;
        this.settings = settings;
        this.formPage = formPage;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    /** The search box, when 新建客户时自动填充工商信息 is on; nothing otherwise. */
    @GetMapping("/registry/panel/new-customer")
    String panel(Model model) {
        boolean on = settings.get().enabled() && !settings.get().order().isEmpty() && CurrentUser.require().can("customer:create");
        return on ? "registry/lookup :: panel" : "registry/lookup :: nothing";
    }

    /** Candidates as the user types (htmx, after 400 ms and 2 characters) or presses 查询客户. */
    @GetMapping("/registry/candidates")
    String candidates(@RequestParam(required = false) String keyword, Model model) {
        try {
            RegistrySearch r = registry.search(keyword);
            model.addAttribute("result", r);
            model.addAttribute("message", messages.text(r.outcome().message()));
            model.addAttribute("fallback", messages.text(r.outcome().fallback()));
            Map<String, Object> existing = new LinkedHashMap<>();
            for (RegistryCandidate c : r.candidates()) {
                var dup = registry.existing(c.creditCode());
                if (dup != null) existing.put(c.creditCode(), dup);
            }
            model.addAttribute("existing", existing);
        } catch (InvalidInputException e) {
            model.addAttribute("message", messages.text(RegistryMessage.of(e.problems().get(0).code().equals("too_short")
                    ? "registry.lookup.too_short" : "registry.lookup.unsupported")));
        }
        return "registry/lookup :: candidates";
    }

    /** 工商新建: the customer form filled from the registry, or the existing customer, or why the registry gave nothing. */
    @GetMapping("/registry/customers/new")
    String prefilled(@RequestParam String keyword, Model model) {
        try {
            RegistryCustomers.Prefill p = registry.prefill(keyword);
            CustomerForm form = CustomerForm.of(p.draft());
            form.setOwnerId(CurrentUser.require().userId());
            return formPage.render(model, form, Map.of(), prefill(keyword, p.company()));
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.details());
            return "registry/problem";
        } catch (RegistryLookupException e) {
            model.addAttribute("message", messages.text(e.outcome().message()));
            model.addAttribute("fallback", messages.text(e.outcome().fallback()));
            return "registry/problem";
        }
    }

    @PostMapping("/registry/customers")
    String create(@ModelAttribute("form") CustomerForm form, @RequestParam String registryKeyword, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        RegistryCompany company = registry.company(registryKeyword);
        try {
            long id = registry.create(registryKeyword, form.toDraft()).id();
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/customers/" + id;
        } catch (InvalidInputException e) {
            return formPage.render(model, form, formErrors.of(request, e), prefill(registryKeyword, company));
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.details());
            return formPage.render(model, form, Map.of("creditCode", ""), prefill(registryKeyword, company));
        }
    }

    private CustomerFormPage.Prefill prefill(String keyword, RegistryCompany company) {
        Set<String> fields = company.found() ? company.card().keySet() : Set.of();
        String provider = company.found() ? messages.text(RegistryMessage.provider(company.outcome().provider())) : "";
        return new CustomerFormPage.Prefill("/registry/customers", "registryKeyword", keyword, fields,
                messages.text(RegistryMessage.of("registry.new.mark")), messages.text(RegistryMessage.of("registry.new.note", provider)));
    }
}
