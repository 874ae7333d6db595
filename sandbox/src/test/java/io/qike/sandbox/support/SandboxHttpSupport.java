package io.qike.sandbox.support;

import java.util.concurrent.atomic.AtomicInteger;

import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import io.qike.sandbox.standalone.SandboxApplication;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the HTTP conformance tests: one standalone sandbox on a random port, shared by all test
 * classes (same configuration, so Spring caches the context). Tests that add faults or credentials
 * use keys of their own and clean up, so they cannot disturb each other. The default per-key QPS
 * limit is off here because the tests fire calls back to back; quota tests set limits explicitly.
 */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"qike.sandbox.enabled=true",
                // tests fire calls back to back; QPS limits are tested with keys of their own
                "qike.sandbox.limits.qps-per-key=0"})
public abstract class SandboxHttpSupport {

    private static final AtomicInteger KEYS = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @Autowired
    protected CompanyDataSet data;

    protected SandboxClient client;

    @BeforeEach
    void startClient() {
        client = new SandboxClient(port);
    }

    @AfterEach
    void clearFaults() {
        client.delete("/sandbox/admin/faults");
    }

    /** A key no other test uses, registered for {@code provider} with the given secret. */
    protected String newKey(String provider, String secret) {
        return newKey(provider, secret, null, null);
    }

    /** As {@link #newKey(String, String)} with its own limits; null keeps the default, 0 is unlimited. */
    protected String newKey(String provider, String secret, Long dailyLimit, Integer qps) {
        String key = provider + "-test-" + KEYS.incrementAndGet() + "-" + System.nanoTime();
        String body = "{\"provider\":\"" + provider + "\",\"key\":\"" + key + "\",\"secret\":"
                + (secret == null ? "null" : "\"" + secret + "\"")
                + ",\"dailyLimit\":" + dailyLimit + ",\"qps\":" + qps + "}";
        if (client.post("/sandbox/admin/credentials", body).status() != 201) {
            throw new IllegalStateException("could not add credential " + key);
        }
        return key;
    }

    /** The first company (in index order) matching the condition. */
    protected Company first(java.util.function.Predicate<Company> condition) {
        return data.companies().stream().filter(condition).findFirst().orElseThrow();
    }
}
