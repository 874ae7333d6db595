package io.qike.crm.archive.keys.web;

import io.qike.crm.archive.keys.ArchiveKeyView;
import io.qike.crm.archive.keys.ArchiveSettingsDraft;
import io.qike.crm.archive.keys.ArchiveSettingsService;
import io.qike.crm.archive.keys.ArchiveSettingsView;
import io.qike.crm.archive.keys.NewArchiveKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/wecom/archive")
@Tag(name = "WeCom conversation archive", description = "会话内容存档 configuration (admin:wecom): secrets write-only, key pairs, trusted IPs")
class ArchiveSettingsApiController {
    private final ArchiveSettingsService service;

    ArchiveSettingsApiController(ArchiveSettingsService service) {
        this.service = service;
    }

    @GetMapping("/settings")
    @Operation(summary = "The archive settings: secrets as masked hints, trusted IPs and the suggested one")
    ArchiveSettingsView settings() {
        return service.view();
    }

    @PutMapping("/settings")
    @Operation(summary = "Change the archive settings; fields left out keep their value")
    ArchiveSettingsView save(@RequestBody ArchiveSettingsDraft draft) {
        return service.save(draft);
    }

    @GetMapping("/keys")
    @Operation(summary = "The message-encryption key pairs, newest first (never a private key)")
    List<ArchiveKeyView> keys() {
        return service.keys();
    }

    @PostMapping("/keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Generate a new RSA 2048 key pair awaiting its version; older pairs are kept")
    NewArchiveKey generate() {
        return service.generate();
    }

    @PutMapping("/keys/{id}")
    @Operation(summary = "Enter the version (消息加密密钥版本号) WeCom gave this pair's public key")
    ArchiveKeyView setVersion(@PathVariable long id, @RequestBody VersionBody body) {
        return service.setVersion(id, body.version());
    }

    /** {@code {"version": 2}}. */
    record VersionBody(Integer version) {
    }
}
