package io.qike.sandbox.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the simulators on their own:
 * {@code java -jar sandbox/target/qike-sandbox-*-standalone.jar --server.port=9090}.
 * Every simulator is then under {@code http://localhost:9090/sandbox/...}.
 */
@SpringBootApplication
public class SandboxApplication {
    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(SandboxApplication.class);
        app.setDefaultProperties(java.util.Map.of("qike.sandbox.enabled", "true"));
        app.run(args);
    }
}
