package io.qike.sandbox.control;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code qike.sandbox.*} for the registry simulators. */
@Configuration(value = "registryControlConfiguration", proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrySandboxProperties.class)
public class ControlConfiguration {
}
