package io.qike.crm.registry.web;

import io.qike.crm.registry.mapping.CardField;
import io.qike.crm.registry.settings.InitializeRequest;
import io.qike.crm.registry.settings.RegistrySettingsService;
import io.qike.crm.registry.settings.SettingsDraft;
import io.qike.crm.registry.settings.SettingsView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "Business registry settings", description = "工商信息设置 (admin:integration)")
class SettingsApiController {
    private final RegistrySettingsService settings;

    SettingsApiController(RegistrySettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/settings")
    @Operation(summary = "The registry settings: switch, primary and fallback provider, cache TTLs, bound flows and field mappings")
    SettingsView get() {
        return settings.view();
    }

    @PutMapping("/settings")
    @Operation(summary = "Change the registry settings; absent fields keep their value, a provider slot given replaces its flows and mapping")
    SettingsView put(@RequestBody SettingsDraft draft) {
        return settings.update(draft);
    }

    @PostMapping("/providers/{provider}/initialize")
    @Operation(summary = "初始化动作流: generate the provider's connector, connection, search and detail interfaces and flows, and bind them")
    SettingsView initialize(@PathVariable String provider, @RequestBody InitializeRequest request) {
        return settings.initialize(provider, request);
    }

    @GetMapping("/fields")
    @Operation(summary = "The customer fields a mapping may target, with their types")
    List<CardField> fields() {
        return settings.targets();
    }
}
