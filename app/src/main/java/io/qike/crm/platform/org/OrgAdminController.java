package io.qike.crm.platform.org;

import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: the enterprise (企业设置: its time zone), departments (组织架构), users, roles and data scope (角色权限 / 数据权限); the services check admin:org. */
@Controller
class OrgAdminController {
    private final DepartmentService departments;
    private final UserService users;
    private final RoleService roles;
    private final EnterpriseSettings enterprise;
    private final FormErrors formErrors;

    OrgAdminController(DepartmentService departments, UserService users, RoleService roles, EnterpriseSettings enterprise,
                       FormErrors formErrors) {
        this.departments = departments;
        this.enterprise = enterprise;
        this.users = users;
        this.roles = roles;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/enterprise")
    String enterprise(Model model) {
        model.addAttribute("enterprise", enterprise.current());
        model.addAttribute("zones", enterprise.zoneChoices());
        model.addAttribute("duplicateHint", enterprise.duplicateHint());
        model.addAttribute("duplicateHints", DuplicateHint.values());
        if (model.getAttribute("errors") == null) model.addAttribute("errors", Map.of());
        return "admin/enterprise";
    }

    @PostMapping("/admin/enterprise")
    String saveEnterprise(@RequestParam(required = false) String timeZone, @RequestParam(required = false) String duplicateHint,
                          HttpServletRequest request, RedirectAttributes redirect) {
        return afterChange(() -> {
            enterprise.changeTimeZone(timeZone);
            enterprise.changeDuplicateHint(duplicateHint);
        }, "flash.saved", "redirect:/admin/enterprise", request, redirect);
    }

    @GetMapping("/admin/departments")
    String departments(Model model) {
        model.addAttribute("tree", departments.tree());
        model.addAttribute("users", users.list());
        model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
        return "admin/departments";
    }

    @PostMapping("/admin/departments")
    String createDepartment(@RequestParam String name, @RequestParam(required = false) Long parentId, HttpServletRequest request,
                            RedirectAttributes redirect) {
        return afterChange(() -> departments.create(name, parentId), "flash.saved", "redirect:/admin/departments", request, redirect);
    }

    @PostMapping("/admin/departments/{id}/delete")
    String deleteDepartment(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        return afterChange(() -> departments.delete(id), "flash.deleted", "redirect:/admin/departments", request, redirect);
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", roles.list());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        return userForm(model, new UserForm(), null, Map.of());
    }

    @GetMapping("/admin/users/{id}")
    String editUser(@PathVariable long id, Model model) {
        User u = users.get(id);
        UserForm form = new UserForm();
        form.setLogin(u.login());
        form.setDisplayName(u.displayName());
        form.setMobile(u.mobile());
        form.setEmail(u.email());
        form.setDepartmentId(u.departmentId());
        form.setManagerId(u.managerId());
        form.setStatus(u.status());
        form.setRoleIds(new java.util.ArrayList<>(u.roleIds()));
        return userForm(model, form, id, Map.of());
    }

    @PostMapping({"/admin/users", "/admin/users/{id}"})
    String saveUser(@PathVariable(required = false) Long id, @ModelAttribute("form") UserForm form, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) {
        try {
            if (id == null) users.create(form); else users.update(id, form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            return userForm(model, form, id, formErrors.of(request, e));
        }
    }

    private String userForm(Model model, UserForm form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("tree", departments.tree());
        model.addAttribute("users", users.list());
        model.addAttribute("roles", roles.list());
        return "admin/user-form";
    }

    @GetMapping("/admin/roles")
    String roles(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("roles", roles.list());
        model.addAttribute("editing", edit == null ? null : roles.get(edit));
        model.addAttribute("objects", Permission.RECORD_OBJECTS);
        model.addAttribute("actions", Permission.RECORD_ACTIONS);
        model.addAttribute("otherPermissions", Permission.others());
        model.addAttribute("scopes", DataScope.values());
        if (model.getAttribute("errors") == null) model.addAttribute("errors", Map.of());
        return "admin/roles";
    }

    @PostMapping({"/admin/roles", "/admin/roles/{id}"})
    String saveRole(@PathVariable(required = false) Long id, @RequestParam String name, @RequestParam DataScope dataScope,
                    @RequestParam(required = false) List<String> permissions, HttpServletRequest request, RedirectAttributes redirect) {
        Set<String> granted = permissions == null ? Set.of() : new HashSet<>(permissions);
        Runnable save = id == null ? () -> roles.create(name, dataScope, granted) : () -> roles.update(id, name, dataScope, granted);
        return afterChange(save, "flash.saved", "redirect:/admin/roles", request, redirect);
    }

    @PostMapping("/admin/roles/{id}/delete")
    String deleteRole(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        return afterChange(() -> roles.delete(id), "flash.deleted", "redirect:/admin/roles", request, redirect);
    }

    /** Runs a change and redirects back, with a flash message or the validation errors. */
    private String afterChange(Runnable change, String flash, String target, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", formErrors.of(request, e));
        }
        return target;
    }
}
