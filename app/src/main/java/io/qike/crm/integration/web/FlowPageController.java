package io.qike.crm.integration.web;

import io.qike.crm.integration.ActionFlow;
import io.qike.crm.integration.ActionFlowService;
import io.qike.crm.integration.ActionFlows;
import io.qike.crm.integration.ApiInterface;
import io.qike.crm.integration.ApiInterfaceService;
import io.qike.crm.integration.Connection;
import io.qike.crm.integration.ConnectionService;
import io.qike.crm.integration.ConnectorService;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/**
 * 动作流: list, the editor (trigger inputs and nodes; "add node" and "apply" re-render the form
 * without saving) and a run panel. Saving makes a new version.
 */
@Controller
@RequestMapping("/admin/integration/flows")
class FlowPageController {
    private final ActionFlowService flows;
    private final ActionFlows engine;
    private final ApiInterfaceService interfaces;
    private final ConnectorService connectors;
    private final ConnectionService connections;
    private final FormErrors formErrors;

    FlowPageController(ActionFlowService flows, ActionFlows engine, ApiInterfaceService interfaces, ConnectorService connectors,
                       ConnectionService connections, FormErrors formErrors) {
        this.flows = flows;
        this.engine = engine;
        this.interfaces = interfaces;
        this.connectors = connectors;
        this.connections = connections;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("flows", flows.list());
        return "integration/flows";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, FlowForm.blank(), null, Map.of());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        ActionFlow flow = flows.get(id);
        model.addAttribute("versions", flows.versions(id));
        return form(model, FlowForm.of(flow), flow, Map.of());
    }

    /** Saves, or (action = add:TYPE, remove:INDEX, apply) changes the form and shows it again. */
    @PostMapping({"", "/{id}"})
    String save(@PathVariable(required = false) Long id, @ModelAttribute("form") FlowForm form, BindingResult binding,
                @RequestParam(defaultValue = "save") String action, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        ActionFlow existing = id == null ? null : flows.get(id);
        if (!action.equals("save")) {
            if (action.startsWith("add:")) form.addNode(action.substring(4));
            if (action.startsWith("remove:")) form.removeNode(Integer.parseInt(action.substring(7)));
            return form(model, form, existing, Map.of());
        }
        try {
            ActionFlow saved = existing == null ? flows.create(form.toDraft()) : flows.update(id, form.toDraft());
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/integration/flows/" + saved.id();
        } catch (InvalidInputException e) {
            return form(model, form, existing, formErrors.of(request, e));
        }
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        flows.setEnabled(id, enabled);
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/integration/flows/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        flows.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/integration/flows";
    }

    /** The run panel (htmx): inputs arrive as {@code in.<name>}. */
    @PostMapping("/{id}/run")
    String run(@PathVariable long id, @RequestParam Map<String, String> all, HttpServletRequest request, Model model) {
        ActionFlow flow = flows.get(id);
        Map<String, Object> inputs = new LinkedHashMap<>();
        all.forEach((k, v) -> { if (k.startsWith("in.")) inputs.put(k.substring(3), v); });
        try {
            model.addAttribute("result", engine.invoke(flow.apiName(), inputs));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", formErrors.of(request, e));
        } catch (ConflictException e) {
            model.addAttribute("errorKey", "error." + e.code());
        }
        return "integration/flow-result :: result";
    }

    private String form(Model model, FlowForm form, ActionFlow existing, Map<String, String> errors) {
        Options.addTo(model);
        List<ApiInterface> all = interfaces.all();
        Map<Long, ApiInterface> byId = all.stream().collect(Collectors.toMap(ApiInterface::id, Function.identity()));
        form.prefill(byId);
        Map<Long, String> connectorNames = new LinkedHashMap<>();
        Map<Long, List<Connection>> connectionsOf = new LinkedHashMap<>();
        connectors.list().forEach(c -> {
            connectorNames.put(c.id(), c.name());
            connectionsOf.put(c.id(), new ArrayList<>(connections.ofConnector(c.id())));
        });
        model.addAttribute("form", form);
        model.addAttribute("flow", existing);
        model.addAttribute("interfaces", all);
        model.addAttribute("interfacesById", byId);
        model.addAttribute("connectorNames", connectorNames);
        model.addAttribute("connectionsOf", connectionsOf);
        model.addAttribute("errors", errors);
        return "integration/flow-form";
    }
}
