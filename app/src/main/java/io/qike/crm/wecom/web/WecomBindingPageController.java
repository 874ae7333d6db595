package io.qike.crm.wecom.web;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.org.RoleService;
import io.qike.crm.wecom.binding.BindingService;
import io.qike.crm.wecom.binding.BindingSuggestions;
import io.qike.crm.wecom.binding.BulkBinding;
import io.qike.crm.wecom.directory.DirectoryService;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 企业微信对接 → 账号绑定: unbound and bound members, binding with suggestions, seats, the directory sync and its log. */
@Controller
@RequestMapping("/admin/wecom/binding")
class WecomBindingPageController {
    private final BindingService bindings;
    private final BindingSuggestions suggestions;
    private final BulkBinding bulk;
    private final DirectoryService directory;
    private final RoleService roles;

    WecomBindingPageController(BindingService bindings, BindingSuggestions suggestions, BulkBinding bulk, DirectoryService directory,
                               RoleService roles) {
        this.roles = roles;
        this.bindings = bindings;
        this.suggestions = suggestions;
        this.bulk = bulk;
        this.directory = directory;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "false") boolean bound, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        model.addAttribute("bound", bound);
        model.addAttribute("q", q);
        model.addAttribute("members", bindings.members(bound, q, page));
        // Creating Qike users for members is for those who may create users; the others see no checkboxes.
        boolean createUsers = !bound && CurrentUser.require().can(Permission.ADMIN_ORG);
        model.addAttribute("createUsers", createUsers);
        if (htmx != null) return "wecom/binding :: results";
        if (createUsers) model.addAttribute("roles", roles.list());
        model.addAttribute("seats", bindings.seats());
        model.addAttribute("syncs", directory.syncs());
        return "wecom/binding";
    }

    @GetMapping("/{userid}/suggestions")
    String suggestions(@PathVariable String userid, Model model) {
        model.addAttribute("member", bindings.member(userid));
        model.addAttribute("suggestions", suggestions.forMember(userid));
        model.addAttribute("users", bindings.unboundUsers());
        return "wecom/binding :: suggestions";
    }

    @PostMapping("/{userid}")
    String bind(@PathVariable String userid, @RequestParam(required = false) Long userId, RedirectAttributes redirect) {
        bindings.bind(userid, userId);
        redirect.addFlashAttribute("flash", "wecom.binding.flash.bound");
        return "redirect:/admin/wecom/binding";
    }

    @PostMapping("/{userid}/unbind")
    String unbind(@PathVariable String userid, RedirectAttributes redirect) {
        bindings.unbind(userid);
        redirect.addFlashAttribute("flash", "wecom.binding.flash.unbound");
        return "redirect:/admin/wecom/binding?bound=true";
    }

    @PostMapping("/bulk")
    String bulk(@RequestPart(required = false) MultipartFile file, Model model) throws IOException {
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            model.addAttribute("outcomes", bulk.fromXlsx(in));
        }
        return "wecom/bulk-result";
    }

    /** 为所选成员创建 Qike 账号: the checked members' outcomes, under the form (htmx) or on a page of their own. */
    @PostMapping("/users")
    String createUsers(@RequestParam(required = false) List<String> userids, @RequestParam(required = false) Long roleId,
                       @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("outcomes", bulk.createUsers(userids, roleId));
        model.addAttribute("created", true);
        return htmx != null ? "wecom/bulk-result :: outcomes" : "wecom/bulk-result";
    }

    @PostMapping("/seats")
    String seats(@RequestParam(required = false) Integer purchased, RedirectAttributes redirect) {
        bindings.purchasedSeats(purchased);
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/wecom/binding";
    }

    @PostMapping("/sync")
    String sync(RedirectAttributes redirect) {
        directory.startSync();
        redirect.addFlashAttribute("flash", "wecom.sync.started");
        return "redirect:/admin/wecom/binding";
    }
}
