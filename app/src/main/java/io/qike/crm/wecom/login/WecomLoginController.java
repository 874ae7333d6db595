package io.qike.crm.wecom.login;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.WebSignIn;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The H5 entry from 企业微信: the workbench URL {@code /wecom/h5/{corpId}} (shown on 企业微信对接), the sign-in start
 * {@code /wecom/login?next=&corp=} (also where H5 pages and message cards send a member without a session) and
 * WeCom's redirect back. The corp is remembered in a cookie so that later links without it still know the enterprise.
 */
@Controller
class WecomLoginController {
    static final String CORP_COOKIE = "qike_wecom_corp";
    private static final Pattern CORP_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private final WecomLogin login;
    private final WebSignIn signIn;

    WecomLoginController(WecomLogin login, WebSignIn signIn) {
        this.login = login;
        this.signIn = signIn;
    }

    @GetMapping("/wecom/h5/{corpId}")
    String workbench(@PathVariable String corpId, HttpServletRequest request, HttpServletResponse response, Model model) {
        return start(corpId, LocalPath.H5_HOME, request, response, model);
    }

    @GetMapping("/wecom/login")
    String start(@RequestParam(required = false) String next, @RequestParam(required = false) String corp,
                 @CookieValue(name = CORP_COOKIE, required = false) String remembered,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        return start(corp != null && !corp.isBlank() ? corp : remembered, next, request, response, model);
    }

    @GetMapping("/wecom/login/callback")
    String callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        WecomLogin.Step step = login.callback(code, state, publicBaseUrl(), request.getSession(false));
        if (step.problem() != null) return problem(step.problem(), response, model);
        return switch (signIn.signIn(step.userId(), "wecom", request, response)) {
            case SIGNED_IN -> "redirect:" + step.redirect();
            // As the login form answers a disabled account or enterprise.
            case DISABLED -> "redirect:/login?error=disabled";
            case UNKNOWN -> problem(LoginProblem.expired(), response, model);
        };
    }

    private String start(String corp, String next, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<String> target = LocalPath.of(next);
        if (target.isEmpty()) return problem(LoginProblem.badLink(), response, model);
        if (corp != null && !CORP_ID.matcher(corp.trim()).matches()) corp = null;
        Optional<Long> tenant = login.tenantOf(corp);
        Optional<QikeUser> me = CurrentUser.find();
        // Already signed in (to this enterprise, when the link names one): straight to the page.
        if (me.isPresent() && (corp == null || tenant.filter(t -> t == me.get().tenantId()).isPresent())) {
            return "redirect:" + target.get();
        }
        if (corp == null) return problem(LoginProblem.noCorp(), response, model);
        if (tenant.isEmpty()) return problem(LoginProblem.notConnected(), response, model);
        remember(corp.trim(), request, response);
        return "redirect:" + login.start(tenant.get(), corp.trim(), target.get(), publicBaseUrl(), request.getSession()).redirect();
    }

    private static void remember(String corp, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(CORP_COOKIE, corp);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String problem(LoginProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status());
        model.addAttribute("problem", problem);
        return "wecom/login-problem";
    }

    static String publicBaseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
