package io.qike.sandbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Registers every simulator under {@code /sandbox/...}. Used in-process by the product's embedded
 * default ({@code qike.sandbox.enabled=true}) and by the standalone {@code SandboxApplication}.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "qike.sandbox", name = "enabled", havingValue = "true")
@ComponentScan(basePackages = "io.qike.sandbox",
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.qike\\.sandbox\\.standalone\\..*"))
public class SandboxConfiguration {

    @org.springframework.context.annotation.Bean
    static LazySandboxBeans lazySandboxBeans() {
        return new LazySandboxBeans();
    }
}
