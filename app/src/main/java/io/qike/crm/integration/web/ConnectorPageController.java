package io.qike.crm.integration.web;

import io.qike.crm.integration.ApiInterfaceService;
import io.qike.crm.integration.ConnectionService;
import io.qike.crm.integration.Connector;
import io.qike.crm.integration.ConnectorDraft;
import io.qike.crm.integration.ConnectorService;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 集成中心 → 连接器: the connector list, and one connector with its connections and interfaces. */
@Controller
@RequestMapping("/admin/integration")
class ConnectorPageController {
    private final ConnectorService connectors;
    private final ConnectionService connections;
    private final ApiInterfaceService interfaces;
    private final FormErrors formErrors;

    ConnectorPageController(ConnectorService connectors, ConnectionService connections, ApiInterfaceService interfaces,
                            FormErrors formErrors) {
        this.connectors = connectors;
        this.connections = connections;
        this.interfaces = interfaces;
        this.formErrors = formErrors;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("connectors", connectors.list());
        return "integration/index";
    }

    @PostMapping("/connectors")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            Connector c = connectors.create(new ConnectorDraft(name, description));
            redirect.addFlashAttribute("flash", "flash.created");
            return "redirect:/admin/integration/connectors/" + c.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", formErrors.of(request, e));
            model.addAttribute("name", name);
            model.addAttribute("description", description);
            return index(model);
        }
    }

    @GetMapping("/connectors/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("connector", connectors.get(id));
        model.addAttribute("connections", connections.ofConnector(id));
        model.addAttribute("interfaces", interfaces.ofConnector(id));
        return "integration/connector";
    }

    @PostMapping("/connectors/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String description,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            connectors.update(id, new ConnectorDraft(name, description));
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/integration/connectors/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", formErrors.of(request, e));
            return detail(id, model);
        }
    }

    @PostMapping("/connectors/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        connectors.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/integration";
    }
}
