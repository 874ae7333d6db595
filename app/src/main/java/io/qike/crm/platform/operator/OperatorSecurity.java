package io.qike.crm.platform.operator;

import io.qike.crm.platform.web.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The operator API has a chain of its own, ahead of the tenants' API chain: only the operator token
 * ({@code qike.operator.token}, e.g. {@code QIKE_OPERATOR_TOKEN}) opens it, never a user's token or session.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OperatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain operator(HttpSecurity http, ProblemWriter problems,
                                 @Value("${qike.operator.token:}") String token) throws Exception {
        http.securityMatcher("/api/v1/operator/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new OperatorTokenFilter(token, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(OperatorTokenFilter.AUTHORITY))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(req, res, 401, "unauthenticated"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "forbidden")));
        return http.build();
    }
}
