package io.qike.crm.platform.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal API tokens: create (shown once), list by hint, revoke. */
@Controller
class TokenPageController {
    private final ApiTokens tokens;

    TokenPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/settings/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.mine());
        return "admin/tokens";
    }

    @PostMapping("/settings/tokens")
    String create(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newToken", tokens.issuePersonalToken(name).token());
        return "redirect:/settings/tokens";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.revoke(id);
        return "redirect:/settings/tokens";
    }
}
