package io.qike.crm.registry.web;

import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.registry.RegistryLookupException;
import io.qike.crm.registry.RegistryMessages;
import io.qike.crm.registry.RegistryRefresh;
import io.qike.crm.registry.mapping.CardField;
import io.qike.crm.registry.mapping.CardFields;
import io.qike.crm.registry.store.CurrentSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 工商信息 on the customer detail page: where the data came from, 刷新工商信息 with a field-by-field diff. */
@Controller
@RequestMapping("/registry/customers/{id}")
class CustomerPanelController {
    private final CustomerService customers;
    private final RegistryRefresh refresh;
    private final CurrentSettings settings;
    private final CardFields cardFields;
    private final RegistryMessages messages;

    CustomerPanelController(CustomerService customers, RegistryRefresh refresh, CurrentSettings settings, CardFields cardFields,
                            RegistryMessages messages) {
        this.customers = customers;
        this.refresh = refresh;
        this.settings = settings;
        this.cardFields = cardFields;
        this.messages = messages;
    }

    @GetMapping("/panel")
    String panel(@PathVariable long id, Model model) {
        Customer c = customers.get(id);
        boolean canRefresh = !settings.get().order().isEmpty() && CurrentUser.require().can(Permission.CUSTOMER_EDIT)
                && CurrentUser.require().can(Permission.REGISTRY_LOOKUP);
        if (c.registryProvider() == null && !canRefresh) return "registry/customer :: nothing";
        model.addAttribute("c", c);
        model.addAttribute("canRefresh", canRefresh);
        model.addAttribute("formerNames", c.registryProvider() == null ? java.util.List.of()
                : io.qike.crm.registry.preset.ProviderPresets.formerNames(
                        io.qike.crm.registry.RegistryProvider.ofCode(c.registryProvider()).orElse(null), customers.registryData(id)));
        return "registry/customer :: panel";
    }

    @GetMapping("/refresh")
    String diff(@PathVariable long id, Model model) {
        try {
            model.addAttribute("diff", refresh.diff(id));
            model.addAttribute("labels", labels());
        } catch (RegistryLookupException e) {
            model.addAttribute("message", messages.text(e.outcome().message()));
            model.addAttribute("fallback", messages.text(e.outcome().fallback()));
        }
        model.addAttribute("customerId", id);
        return "registry/customer :: diff";
    }

    @PostMapping("/refresh")
    String apply(@PathVariable long id, @RequestParam(name = "fields", required = false) List<String> fields,
                 jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            refresh.apply(id, fields == null ? List.of() : fields);
        } catch (RegistryLookupException e) {
            model.addAttribute("message", messages.text(e.outcome().message()));
            model.addAttribute("customerId", id);
            return "registry/customer :: diff";
        } catch (InvalidInputException e) {
            model.addAttribute("message", e.problems().stream().map(p -> p.field() + ": " + p.code()).toList().toString());
            model.addAttribute("customerId", id);
            return "registry/customer :: diff";
        }
        org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request).put("flash", "registry.refresh.done");
        org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap("/customers/" + id, request, response);
        response.setHeader("HX-Redirect", "/customers/" + id);
        return "registry/customer :: nothing";
    }

    /** Field labels: the bundle's for standard fields, the admin's for custom ones. */
    private Map<String, String> labels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (CardField f : cardFields.all().values()) {
            labels.put(f.key(), f.labelKey() != null ? messages.text(io.qike.crm.registry.RegistryMessage.of(f.labelKey())) : f.label());
        }
        return labels;
    }
}
