package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The embedded default allows the app's own sandbox on this machine; the prod profile allows no private address. */
class AllowListConfigTest {

    @Test
    void onlyTheNonProdDocumentAllowsLocalhost() throws Exception {
        List<PropertySource<?>> docs = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        PropertySource<?> first = docs.get(0);
        assertThat(first.getProperty("spring.config.activate.on-profile")).hasToString("!prod");
        assertThat(first.getProperty("qike.integration.allowed-hosts[0]")).hasToString("localhost");
        assertThat(first.getProperty("qike.integration.allowed-hosts[1]")).hasToString("127.0.0.1");
        for (PropertySource<?> doc : docs.subList(1, docs.size())) {
            assertThat(doc.getProperty("qike.integration.allowed-hosts[0]")).isNull();
        }
        for (PropertySource<?> doc : new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yml"))) {
            assertThat(doc.getProperty("qike.integration.allowed-hosts[0]")).isNull();
        }
    }
}
