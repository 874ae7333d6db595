package io.qike.crm.wecom.web;

import io.qike.crm.wecom.SecretTest;
import io.qike.crm.wecom.WecomConnectionDraft;
import io.qike.crm.wecom.WecomConnectionService;
import io.qike.crm.wecom.WecomConnectionView;
import io.qike.crm.wecom.WecomDiagnosis;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/wecom")
@Tag(name = "WeCom", description = "企业微信对接 (admin:wecom); secrets are write-only")
class WecomApiController {
    private final WecomConnectionService connections;
    private final WecomDiagnosis diagnosis;

    WecomApiController(WecomConnectionService connections, WecomDiagnosis diagnosis) {
        this.connections = connections;
        this.diagnosis = diagnosis;
    }

    @GetMapping("/connection")
    @Operation(summary = "The WeCom connection (secrets as masked hints) and the URLs to paste into the WeCom console")
    WecomConnectionView get() {
        return connections.view(publicBaseUrl());
    }

    @PutMapping("/connection")
    @Operation(summary = "Connect or change the connection; fields left out keep their value")
    WecomConnectionView put(@RequestBody WecomConnectionDraft draft) {
        connections.save(draft);
        return connections.view(publicBaseUrl());
    }

    @DeleteMapping("/connection")
    @Operation(summary = "Disconnect: the corp is unbound from this enterprise")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete() {
        connections.disconnect();
    }

    @PostMapping("/connection/test")
    @Operation(summary = "Test connection: each secret on its own, naming WeCom's errcode and what to do")
    List<SecretTest> test() {
        return connections.test();
    }

    @GetMapping("/diagnosis")
    @Operation(summary = "Self-diagnosis (常见问题): every check with its result and what to do")
    List<WecomDiagnosis.Line> diagnosis() {
        return diagnosis.run().orElse(List.of());
    }

    static String publicBaseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
