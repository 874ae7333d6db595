package io.qike.crm.customer.web;

import io.qike.crm.customer.CustomerMerge;
import io.qike.crm.customer.CustomerMerges;
import io.qike.crm.platform.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 合并客户: the customers side by side, the one to keep, and a choice per field where they differ (fields
 * posted as {@code v.<field>} = the id of the customer whose value to keep).
 */
@Controller
@RequestMapping("/customers/merge")
class CustomerMergePageController {
    private static final String CHOICE = "v.";
    private final CustomerMerges merges;

    CustomerMergePageController(CustomerMerges merges) {
        this.merges = merges;
    }

    @GetMapping
    String page(@RequestParam(required = false) List<Long> ids, Model model) {
        model.addAttribute("preview", merges.preview(ids));
        return "customers/merge";
    }

    @PostMapping
    String merge(@RequestParam List<Long> ids, @RequestParam(required = false) Long survivorId,
                 @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, Long> values = new LinkedHashMap<>();
        params.forEach((k, v) -> { if (k.startsWith(CHOICE) && v != null && v.matches("\\d+")) values.put(k.substring(CHOICE.length()), Long.valueOf(v)); });
        List<Long> merged = ids.stream().filter(id -> !id.equals(survivorId)).toList();
        try {
            long id = merges.merge(new CustomerMerge(survivorId, merged, values)).id();
            redirect.addFlashAttribute("flash", "flash.merged");
            return "redirect:/customers/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("failed", true);
            return page(ids, model);
        }
    }
}
