package io.qike.crm.registry.web;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.registry.RegistryCandidate;
import io.qike.crm.registry.RegistryCustomers;
import io.qike.crm.registry.RegistryLookupException;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryMessages;
import io.qike.crm.registry.RegistrySearch;
import io.qike.crm.registry.store.CurrentSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** 工商查询 on the new-customer page and the start of 工商新建 (whose form the customer module shows). */
@Controller
class NewCustomerPageController {
    private final RegistryCustomers registry;
    private final CurrentSettings settings;
    private final RegistryMessages messages;

    NewCustomerPageController(RegistryCustomers registry, CurrentSettings settings, RegistryMessages messages) {
        this.registry = registry;
        this.settings = settings;
        this.messages = messages;
    }

    /** The search box, when 新建客户时自动填充工商信息 is on; nothing otherwise. */
    @GetMapping("/registry/panel/new-customer")
    String panel(Model model) {
        boolean on = settings.get().enabled() && !settings.get().order().isEmpty() && CurrentUser.require().can(Permission.CUSTOMER_CREATE)
                && CurrentUser.require().can(Permission.REGISTRY_LOOKUP);
        return on ? "registry/lookup :: panel" : "registry/lookup :: nothing";
    }

    /** Candidates as the user types (htmx, after 400 ms and 2 characters) or presses 查询客户. */
    @GetMapping("/registry/candidates")
    String candidates(@RequestParam(required = false) String keyword, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("keyword", keyword);
        try {
            RegistrySearch r = registry.search(keyword, page);
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

    /**
     * 工商新建: why the registry gave nothing, or the existing customer; else on to the customer module's form,
     * prefilled from the registry's card (see {@link RegistryCustomerPrefills}; the card is cached by then).
     */
    @GetMapping("/registry/customers/new")
    String prefilled(@RequestParam String keyword, Model model) {
        try {
            registry.prefill(keyword);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.details());
            return "registry/problem";
        } catch (RegistryLookupException e) {
            model.addAttribute("message", messages.text(e.outcome().message()));
            model.addAttribute("fallback", messages.text(e.outcome().fallback()));
            return "registry/problem";
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/customers/new/" + RegistryCustomerPrefills.SOURCE)
                .queryParam("reference", keyword).encode().toUriString();
    }
}
