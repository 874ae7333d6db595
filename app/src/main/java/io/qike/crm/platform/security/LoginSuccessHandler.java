package io.qike.crm.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Goes where the user was headed, and lets the next page tell them of failed attempts since their last sign-in. */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {
    LoginSuccessHandler() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getDetails() instanceof ThrottledAuthenticationProvider.SignInDetails details && details.failedAttempts() > 0) {
            SignInNotice.remember(request, details.failedAttempts());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
