package io.qike.crm.platform.web;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A NUL character in any query or form value is refused before a page or the API sees it, as a field error
 * of that parameter (PostgreSQL cannot keep it, and no one types it). JSON bodies: {@link JsonStrictness}.
 */
@Configuration(proxyBeanMethods = false)
class CleanParameters implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // an error being shown is not input: the request that caused it was already looked at
        if (!(handler instanceof HandlerMethod) || request.getDispatcherType() != DispatcherType.REQUEST) return true;
        List<FieldProblem> problems = request.getParameterMap().entrySet().stream()
                .filter(e -> hasNul(e.getKey()) || List.of(e.getValue()).stream().anyMatch(CleanParameters::hasNul))
                .map(Map.Entry::getKey).map(name -> FieldProblem.of(name.replace('\0', ' ').strip(), "invalid_characters"))
                .toList();
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return true;
    }

    private static boolean hasNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }
}
