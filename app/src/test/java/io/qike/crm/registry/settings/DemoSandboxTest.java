package io.qike.crm.registry.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.registry.RegistryProvider;
import io.qike.sandbox.control.RegistrySandboxProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** The demo offer follows the sandbox switch and the sandbox's own credentials; prod (sandbox off) is offered nothing. */
class DemoSandboxTest {
    private final RegistrySandboxProperties props = new RegistrySandboxProperties();

    @Test
    void withoutTheSandboxNothingIsOffered() {
        assertThat(sandbox("false").demo(RegistryProvider.QICHACHA)).isEmpty();
    }

    @Test
    void theOfferIsTheSimulatorOnThisNodeWithTheSandboxsOwnKeys() {
        RegistrySandboxProperties.Credential qcc = props.getCredentials().stream()
                .filter(c -> c.getProvider().equals("qichacha")).findFirst().orElseThrow();
        DemoSandbox.Demo d = sandbox("true").demo(RegistryProvider.QICHACHA).orElseThrow();
        assertThat(d.baseUrl()).isEqualTo("http://localhost:1234/sandbox/qichacha");
        assertThat(d.key()).isEqualTo(qcc.getKey());
        assertThat(d.secret()).isEqualTo(qcc.getSecret());
        assertThat(d.toString()).doesNotContain(qcc.getKey());
    }

    private DemoSandbox sandbox(String enabled) {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerSingleton("props", props);
        return new DemoSandbox(factory.getBeanProvider(RegistrySandboxProperties.class),
                new MockEnvironment().withProperty("qike.sandbox.enabled", enabled).withProperty("local.server.port", "1234"));
    }
}
