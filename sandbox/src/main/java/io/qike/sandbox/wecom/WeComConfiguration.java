package io.qike.sandbox.wecom;

import io.qike.sandbox.wecom.core.TrafficInterceptor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds {@code qike.sandbox.wecom.*} and puts the traffic interceptor (counters, fault injection) in
 * front of the simulated endpoints. The simulator's beans come from the sandbox's component scan.
 */
@Configuration(value = "wecomConfiguration", proxyBeanMethods = false)
@EnableConfigurationProperties(WeComProperties.class)
public class WeComConfiguration implements WebMvcConfigurer {
    private final TrafficInterceptor interceptor;

    public WeComConfiguration(TrafficInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns(TrafficInterceptor.PREFIX + "/**");
    }
}
