package io.qike.crm.registry.settings;

import io.qike.crm.registry.RegistryProvider;
import io.qike.sandbox.control.RegistrySandboxProperties;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The in-process simulators of the embedded default ({@code qike.sandbox.enabled}): where a provider's
 * simulator answers on this node and the demo credentials it accepts. The credentials are read from
 * the sandbox's own settings, so the keys offered here are always the keys the simulators take. In
 * {@code prod} the simulators are not there and nothing is offered.
 */
@Component
public class DemoSandbox {
    private final ObjectProvider<RegistrySandboxProperties> sandbox;
    private final Environment env;

    DemoSandbox(ObjectProvider<RegistrySandboxProperties> sandbox, Environment env) {
        this.sandbox = sandbox;
        this.env = env;
    }

    /** A provider's simulator: its base URL on this node and the demo key and secret. */
    public record Demo(String baseUrl, String key, String secret) {
        @Override
        public String toString() {
            return "Demo[" + baseUrl + "]"; // never the credentials
        }
    }

    public Optional<Demo> demo(RegistryProvider p) {
        if (!env.getProperty("qike.sandbox.enabled", Boolean.class, false)) return Optional.empty();
        RegistrySandboxProperties props = sandbox.getIfAvailable();
        if (props == null) return Optional.empty();
        return props.getCredentials().stream().filter(c -> p.code().equalsIgnoreCase(c.getProvider())).findFirst()
                .map(c -> new Demo(baseUrl(p), c.getKey(), c.getSecret()));
    }

    /** Whether a connection's base URL is a simulator on this machine (loopback, under /sandbox/). */
    public static boolean isSandbox(String baseUrl) {
        if (baseUrl == null) return false;
        try {
            URI u = URI.create(baseUrl.trim());
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            boolean local = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
            return local && u.getPath() != null && u.getPath().startsWith("/sandbox/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The host a base URL names, as the settings page shows it. */
    public static String host(String baseUrl) {
        try {
            URI u = URI.create(baseUrl.trim());
            return u.getPort() > 0 ? u.getHost() + ":" + u.getPort() : u.getHost();
        } catch (RuntimeException e) {
            return baseUrl;
        }
    }

    private String baseUrl(RegistryProvider p) {
        // The port this node answers on (a random one in tests); the simulators share it.
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        return "http://localhost:" + port + "/sandbox/" + p.code();
    }
}
