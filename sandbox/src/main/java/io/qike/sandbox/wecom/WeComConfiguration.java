package io.qike.sandbox.wecom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code qike.sandbox.wecom.*}; the simulator's beans are picked up by the sandbox's component scan. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WeComProperties.class)
public class WeComConfiguration {
}
