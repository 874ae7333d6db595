package io.qike.crm.platform.security;

import io.qike.crm.platform.QikeUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.OffsetDateTime;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthApiController {
    record TokenRequest(@NotBlank String login, @NotBlank String password) {
    }

    record TokenResponse(String token, String tokenType, OffsetDateTime expiresAt) {
    }

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;

    AuthApiController(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange a login name and password for a bearer token (valid 12 hours)")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        QikeUser user = (QikeUser) authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(request.login(), request.password())).getPrincipal();
        ApiTokens.IssuedToken issued = tokens.issueSessionToken(user);
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }
}
