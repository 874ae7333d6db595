package io.qike.crm.platform.web;

import io.qike.crm.platform.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The H5 pages' own frame (企业微信's in-app browser): the home with the functions of the feature table, 我的 with the
 * functions that stay on the computer (消息 is the notify module's), and the notice a web-only function shows instead of a dead link.
 */
@Controller
class H5PageController {
    private final H5Features features;

    H5PageController(H5Features features) {
        this.features = features;
    }

    @GetMapping("/h5")
    String home(Model model) {
        model.addAttribute("entries", features.mobile());
        return "h5/home";
    }

    @GetMapping("/h5/me")
    String me(Model model) {
        model.addAttribute("webOnly", features.webOnly());
        return "h5/me";
    }

    /** 此功能请在电脑端使用: the function's name and its address on the web, to open on a computer. */
    @GetMapping("/h5/web-only/{key}")
    String webOnly(@PathVariable String key, Model model) {
        H5Entry entry = features.get(key);
        if (entry.supportedOnH5()) return "redirect:" + entry.path();
        model.addAttribute("entry", entry);
        model.addAttribute("webUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path(entry.path()).toUriString());
        return "h5/web-only";
    }

    /** The platform's own web-only functions: 管理 (organisation, fields, audit) and the API tokens. */
    @Configuration(proxyBeanMethods = false)
    static class Entries {
        @Bean
        H5Entry adminH5Entry() {
            return H5Entry.webOnly("admin", "nav.admin", "管", "/admin/users", 900, Permission.ADMIN_ORG);
        }
    }
}
