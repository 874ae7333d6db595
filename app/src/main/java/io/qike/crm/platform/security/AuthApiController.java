package io.qike.crm.platform.security;

import io.qike.crm.platform.QikeUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.OffsetDateTime;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
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

    record TokenResponse(String token, String tokenType, OffsetDateTime expiresAt, int failedAttemptsSinceLastSignIn) {
    }

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;

    AuthApiController(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange a login name and password for a bearer token (valid 12 hours)",
            description = "Unknown logins and wrong passwords both answer 401 bad_credentials. After repeated failures for a "
                    + "login name or from an address, attempts answer 429 too_many_attempts with Retry-After until the delay "
                    + "has passed; web and API sign-ins count together.")
    TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.login(), request.password());
        attempt.setDetails(new WebAuthenticationDetails(http));
        Authentication signedIn = authentication.authenticate(attempt);
        ApiTokens.IssuedToken issued = tokens.issueSessionToken((QikeUser) signedIn.getPrincipal());
        int failed = signedIn.getDetails() instanceof ThrottledAuthenticationProvider.SignInDetails d ? d.failedAttempts() : 0;
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt(), failed);
    }
}
