package io.qike.crm;

import io.qike.crm.platform.TenantCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class QikeApplication {
    public static void main(String[] args) {
        // "tenant ..." is the operator's command for enterprises: it runs without web server and exits.
        if (TenantCommandLine.handles(args)) System.exit(TenantCommandLine.run(QikeApplication.class, args));
        SpringApplication.run(QikeApplication.class, args);
    }
}
