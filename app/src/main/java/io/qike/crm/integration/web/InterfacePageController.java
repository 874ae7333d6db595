package io.qike.crm.integration.web;

import io.qike.crm.integration.ApiInterface;
import io.qike.crm.integration.ApiInterfaceService;
import io.qike.crm.integration.CallResult;
import io.qike.crm.integration.ConnectionService;
import io.qike.crm.integration.ConnectorService;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 接口: the four-step form (基础, 请求, 响应, 成功失败) and the test call panel. */
@Controller
@RequestMapping("/admin/integration/interfaces")
class InterfacePageController {
    private final ApiInterfaceService interfaces;
    private final ConnectorService connectors;
    private final ConnectionService connections;
    private final FormErrors formErrors;
    private final MessageSource messages;

    InterfacePageController(ApiInterfaceService interfaces, ConnectorService connectors, ConnectionService connections,
                            FormErrors formErrors, MessageSource messages) {
        this.messages = messages;
        this.interfaces = interfaces;
        this.connectors = connectors;
        this.connections = connections;
        this.formErrors = formErrors;
    }

    @GetMapping("/new")
    String newForm(@RequestParam long connectorId, Model model) {
        return form(model, InterfaceForm.blank(connectorId), null, Map.of());
    }

    /** Saves, or (action = rows) shows the form again with more empty rows in every table. */
    @PostMapping
    String create(@ModelAttribute("form") InterfaceForm form, BindingResult binding, @RequestParam(defaultValue = "save") String action,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (form.getConnectorId() == null) throw new NotFoundException("connector", null);
        if (action.equals("rows")) return form(model, form.withSpareRows(), null, Map.of());
        try {
            ApiInterface api = interfaces.create(form.toDraft());
            redirect.addFlashAttribute("flash", "flash.created");
            return "redirect:/admin/integration/interfaces/" + api.id();
        } catch (InvalidInputException e) {
            return form(model, form.withSpareRows(), null, formErrors.of(request, e));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        ApiInterface api = interfaces.get(id);
        return form(model, InterfaceForm.of(api.definition()), api, Map.of());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") InterfaceForm form, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        ApiInterface api = interfaces.get(id);
        form.setConnectorId(api.connectorId());
        if (action.equals("rows")) return form(model, form.withSpareRows(), api, Map.of());
        try {
            interfaces.update(id, form.toDraft());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/integration/interfaces/" + id;
        } catch (InvalidInputException e) {
            return form(model, form.withSpareRows(), api, formErrors.of(request, e));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        ApiInterface api = interfaces.get(id);
        try {
            interfaces.delete(id);
            redirect.addFlashAttribute("flash", "flash.deleted");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("inUse", e.details().get("flows"));
        }
        return "redirect:/admin/integration/connectors/" + api.connectorId();
    }

    /** The test call (htmx): parameters arrive as {@code p.<name>}. */
    @PostMapping("/{id}/test")
    String test(@PathVariable long id, @RequestParam(required = false) Long connectionId, @RequestParam Map<String, String> all,
                HttpServletRequest request, Model model) {
        Map<String, Object> params = new LinkedHashMap<>();
        all.forEach((k, v) -> { if (k.startsWith("p.") && v != null && !v.isBlank()) params.put(k.substring(2), v); });
        try {
            if (connectionId == null) throw new InvalidInputException(io.qike.crm.platform.FieldProblem.of("connectionId", "required"));
            CallResult result = interfaces.testCall(id, connectionId, params);
            model.addAttribute("result", result);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", formErrors.of(request, e));
        }
        return "integration/test-result :: result";
    }

    private String form(Model model, InterfaceForm form, ApiInterface existing, Map<String, String> errors) {
        Options.addTo(model);
        form.getCodes().forEach(r -> r.showText(messages, LocaleContextHolder.getLocale()));
        model.addAttribute("form", form);
        model.addAttribute("api", existing);
        model.addAttribute("connector", connectors.get(form.getConnectorId()));
        model.addAttribute("connections", connections.ofConnector(form.getConnectorId()));
        model.addAttribute("errors", errors);
        return "integration/interface-form";
    }
}
