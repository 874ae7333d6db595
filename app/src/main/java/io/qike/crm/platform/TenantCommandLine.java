package io.qike.crm.platform;

import io.qike.crm.platform.operator.TenantCommand;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar qike.jar tenant ...}: starts the application without web server, simulators,
 * demo data or schedules, runs the {@link TenantCommand} on the configured database and stops.
 * Background jobs are left to the running nodes; the context closes before this one would look for any.
 */
public final class TenantCommandLine {
    /** Settings for the command's run; as command-line properties they outrank the configuration files. */
    private static final String[] SETTINGS = {
            "--spring.main.web-application-type=none",
            "--qike.sandbox.enabled=false",
            "--qike.seed-demo=false",
            "--spring.quartz.auto-startup=false",
            "--spring.modulith.events.republish-outstanding-events-on-restart=false",
            "--logging.level.root=warn",
            "--logging.level.io.qike=warn",
    };

    private TenantCommandLine() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && "tenant".equals(args[0]);
    }

    /** Runs the command and answers its exit code. */
    public static int run(Class<?> application, String[] args) {
        if (!TenantCommand.isValid(List.of(args))) {
            TenantCommand.usage(System.err);
            return TenantCommand.USAGE;
        }
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        spring.setBannerMode(Banner.Mode.OFF);
        spring.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = spring.run(SETTINGS)) {
            return context.getBean(TenantCommand.class).run(List.of(args), System.out, System.err);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) cause = cause.getCause();
            TenantCommand.failed(System.err, cause);
            return TenantCommand.FAILED;
        }
    }
}
