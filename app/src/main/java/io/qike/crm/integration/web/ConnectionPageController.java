package io.qike.crm.integration.web;

import io.qike.crm.integration.Connection;
import io.qike.crm.integration.ConnectionService;
import io.qike.crm.integration.ConnectorService;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import io.qike.crm.platform.FieldProblem;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 连接: base URL, auth scheme, credentials (write-only) and limits. */
@Controller
@RequestMapping("/admin/integration/connections")
class ConnectionPageController {
    private final ConnectionService connections;
    private final ConnectorService connectors;
    private final FormErrors formErrors;

    ConnectionPageController(ConnectionService connections, ConnectorService connectors, FormErrors formErrors) {
        this.connections = connections;
        this.connectors = connectors;
        this.formErrors = formErrors;
    }

    @GetMapping("/new")
    String newForm(@RequestParam long connectorId, Model model) {
        return form(model, ConnectionForm.blank(connectorId), null, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute("form") ConnectionForm form, BindingResult binding, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        if (form.getConnectorId() == null) throw new io.qike.crm.platform.NotFoundException("connector", null);
        try {
            notNumbers(binding);
            Connection c = connections.create(form.toDraft());
            redirect.addFlashAttribute("flash", "flash.created");
            return "redirect:/admin/integration/connectors/" + c.connectorId();
        } catch (InvalidInputException e) {
            return form(model, form, null, formErrors.of(request, e));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Connection c = connections.get(id);
        return form(model, ConnectionForm.of(c), c, Map.of());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ConnectionForm form, BindingResult binding, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        Connection c = connections.get(id);
        form.setConnectorId(c.connectorId());
        try {
            notNumbers(binding);
            connections.update(id, form.toDraft());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/integration/connectors/" + c.connectorId();
        } catch (InvalidInputException e) {
            return form(model, form, c, formErrors.of(request, e));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Connection c = connections.get(id);
        try {
            connections.delete(id);
            redirect.addFlashAttribute("flash", "flash.deleted");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("inUse", e.details().get("flows"));
        }
        return "redirect:/admin/integration/connectors/" + c.connectorId();
    }

    /** Limits that are not numbers never reach the service: they are reported like its own problems. */
    private static void notNumbers(BindingResult binding) {
        if (!binding.hasFieldErrors()) return;
        throw new InvalidInputException(binding.getFieldErrors().stream()
                .map(f -> FieldProblem.of(f.getField().equals("authScheme") ? "authScheme" : "limits." + f.getField(), "number")).toList());
    }

    private String form(Model model, ConnectionForm form, Connection existing, Map<String, String> errors) {
        Options.addTo(model);
        model.addAttribute("form", form);
        model.addAttribute("connection", existing);
        model.addAttribute("connector", connectors.get(form.getConnectorId()));
        model.addAttribute("circuit", existing == null ? null : connections.circuitState(existing.id()));
        model.addAttribute("errors", errors);
        return "integration/connection-form";
    }
}
