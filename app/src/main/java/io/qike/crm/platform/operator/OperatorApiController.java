package io.qike.crm.platform.operator;

import io.qike.crm.platform.org.Enterprise;
import io.qike.crm.platform.org.Enterprises;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Enterprises of this installation, for its operator (see {@link OperatorSecurity}). */
@RestController
@RequestMapping("/api/v1/operator/tenants")
@Tag(name = "Operator", description = "Enterprises (tenants) of the installation; needs the operator token, not a user's")
@SecurityScheme(name = "operatorToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The installation's operator token (qike.operator.token)")
@SecurityRequirement(name = "operatorToken")
class OperatorApiController {
    /** A new enterprise and its first administrator; without a password one is generated and returned once. */
    record CreateRequest(String code, String name, String adminLogin, String adminPassword, String timeZone) {
    }

    record Created(Enterprise enterprise, String adminLogin, String adminPassword) {
    }

    private final Enterprises enterprises;

    OperatorApiController(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an enterprise with its first administrator (password generated and shown once when none is given)")
    Created create(@RequestBody CreateRequest request) {
        Enterprises.Created created = enterprises.create(new Enterprises.NewEnterprise(request.code(), request.name(),
                request.adminLogin(), request.adminPassword(), request.timeZone()));
        return new Created(created.enterprise(), created.adminLogin(), created.generatedPassword());
    }

    @GetMapping
    @Operation(summary = "List the enterprises of this installation")
    List<Enterprise> list() {
        return enterprises.list();
    }

    @PostMapping("/{code}/disable")
    @Operation(summary = "Disable an enterprise: its users can no longer log in, its tokens and sessions stop working")
    Enterprise disable(@PathVariable String code) {
        return enterprises.disable(code);
    }

    @PostMapping("/{code}/enable")
    @Operation(summary = "Enable a disabled enterprise again")
    Enterprise enable(@PathVariable String code) {
        return enterprises.enable(code);
    }
}
