package io.qike.crm.intel.web;

import io.qike.crm.intel.setup.IntelSetup;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 关系数据设置 (administrators): initialise intel's interfaces and flows on the shared 企查查 connector. */
@Controller
@RequestMapping("/intel/setup")
class IntelSetupPageController {
    private final IntelSetup setup;
    private final FormErrors formErrors;

    IntelSetupPageController(IntelSetup setup, FormErrors formErrors) {
        this.setup = setup;
        this.formErrors = formErrors;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("status", setup.status());
        model.addAttribute("errors", Map.of());
        return "intel/setup";
    }

    @PostMapping
    String initialise(@RequestParam(required = false) String baseUrl, @RequestParam(required = false) String key,
                      @RequestParam(required = false) String secret, @RequestParam(required = false) BigDecimal costPerCall,
                      HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            setup.initialise(new IntelSetup.Form(baseUrl, key, secret, costPerCall));
            redirect.addFlashAttribute("flash", "intel.setup.done");
            return "redirect:/intel/setup";
        } catch (InvalidInputException e) {
            model.addAttribute("status", setup.status());
            model.addAttribute("errors", formErrors.of(request, e));
            model.addAttribute("baseUrl", baseUrl);
            return "intel/setup";
        }
    }
}
