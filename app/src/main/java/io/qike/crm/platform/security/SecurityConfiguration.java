package io.qike.crm.platform.security;

import io.qike.crm.platform.org.DisabledTenants;
import io.qike.crm.platform.web.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Four ways in: the API (stateless bearer tokens, problem+json errors), the sandbox simulators
 * (open, they stand in for outside services), WeCom's callback (signed by WeCom, checked by the wecom module)
 * and the web UI (form login, session, CSRF; the H5 pages sign in through 企业微信's OAuth instead, see {@link H5EntryPoint}). The chains
 * exist only in the web application: the {@code tenant} command starts the same beans without a server.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {
    /**
     * Scripts only from Qike's own files: no inline script, no eval (htmx runs with allowEval off, see
     * layout.html), so text a user typed can never run as code. Inline styles stay allowed: Tabler,
     * ECharts and swagger-ui set them, and a style cannot act on the user's behalf.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** Lets {@code @RequiresPermission(Permission.X)} stand for a {@code @PreAuthorize} with X's code filled in. */
    @Bean
    static AnnotationTemplateExpressionDefaults permissionAnnotations() {
        return new AnnotationTemplateExpressionDefaults();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle,
                                                LoginAudit audit) {
        return new ProviderManager(new ThrottledAuthenticationProvider(accounts, passwords, throttle, audit));
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/auth/token", "/api/v1/status").permitAll().anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(req, res, 401, "unauthenticated"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "forbidden")));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain sandbox(HttpSecurity http) throws Exception {
        // The simulators' control endpoints (faults, quotas, the data set) answer only on this machine: from
        // anywhere else they do not exist. Without the embedded sandbox (prod) nothing is mounted here at all.
        http.securityMatcher("/sandbox/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/sandbox/admin/**").access((auth, context) -> new AuthorizationDecision(
                                Loopback.is(context.getRequest().getRemoteAddr())))
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> res.sendError(404))
                        .accessDeniedHandler((req, res, ex) -> res.sendError(404)));
        return http.build();
    }

    @Bean
    @Order(3)
    @ConditionalOnWebApplication
    SecurityFilterChain wecomCallback(HttpSecurity http) throws Exception {
        // 企业微信's 接收事件服务器 calls without a session or CSRF token: each request carries WeCom's signature
        // (msg_signature), which the wecom module checks before anything is stored. Only this path is open.
        // Nothing of a signed-in user's machinery either (no session, security context, logout or saved request): at
        // 200 events a second the filters a browser needs cost more than checking and storing the event.
        http.securityMatcher("/wecom/callback/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.disable())
                .securityContext(c -> c.disable())
                .requestCache(r -> r.disable())
                .logout(l -> l.disable())
                .servletApi(a -> a.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(4)
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager, DisabledTenants disabledTenants,
                            AccountStamps stamps, UserAccounts accounts) throws Exception {
        // The same sign-in as the API's (throttle, audit), not one Spring would build from the accounts on its own.
        http.authenticationManager(authenticationManager)
                .addFilterBefore(new SessionAccountFilter(disabledTenants, stamps, accounts), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        // 企业微信's OAuth sign-in for the H5 pages: its own checks (state, single-use code) stand in for the form.
                        .requestMatchers(H5EntryPoint.WECOM_LOGIN, H5EntryPoint.WECOM_LOGIN + "/callback", "/wecom/h5/*").permitAll()
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                // With more than one entry point the first is also the fallback: the login form stays everyone else's.
                // 聊天工具栏 opens inside WeCom, where a member has no password form to fill: without a session the
                // sidebar goes through the WeCom login (OAuth) and comes back, never to the login page or an error.
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new H5EntryPoint(), PathPatternRequestMatcher.withDefaults().matcher("/h5/**"))
                        .defaultAuthenticationEntryPointFor(new WecomSidebarEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")),
                                PathPatternRequestMatcher.withDefaults().matcher("/wecom/sidebar/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
                .formLogin(f -> f.loginPage("/login").successHandler(new LoginSuccessHandler())
                        .failureHandler(new LoginFailureHandler()).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
