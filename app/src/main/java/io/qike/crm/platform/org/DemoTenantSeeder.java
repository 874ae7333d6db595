package io.qike.crm.platform.org;

import io.qike.crm.platform.QikeProperties;
import io.qike.crm.platform.DemoTenantCreated;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.security.UserAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start in embedded mode, creates the demo enterprise with an admin whose password comes
 * from {@code QIKE_ADMIN_PASSWORD} or is generated and printed once.
 */
@Component
@Order(0)
class DemoTenantSeeder implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoTenantSeeder.class);
    static final String DEMO_CODE = "demo";
    private final TenantProvisioning provisioning;
    private final QikeProperties properties;
    private final ApplicationEventPublisher events;
    private final UserAccounts accounts;

    DemoTenantSeeder(TenantProvisioning provisioning, QikeProperties properties, ApplicationEventPublisher events,
                     UserAccounts accounts) {
        this.accounts = accounts;
        this.provisioning = provisioning;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.seedDemo() || provisioning.findTenant(DEMO_CODE).filter(provisioning::isComplete).isPresent()) return;
        String password = properties.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) password = TenantProvisioning.newPassword();
        TenantProvisioning.NewTenant tenant = provisioning.create(DEMO_CODE, "演示企业", "admin", password);
        // Modules add their demo data as the demo admin, through their own services.
        QikeUser admin = accounts.findById(tenant.adminUserId()).orElseThrow().withoutPassword();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            events.publishEvent(new DemoTenantCreated(tenant.tenantId(), tenant.adminUserId()));
        } finally {
            SecurityContextHolder.clearContext();
        }
        String banner = "\n=================================================================\n"
                + "  Qike demo enterprise created. Log in as: admin\n"
                + (generated ? "  Password (shown once): " + password + "\n" : "  Password: from QIKE_ADMIN_PASSWORD\n")
                + "=================================================================";
        System.out.println(banner); // console only: the password must not reach log files
    }
}
