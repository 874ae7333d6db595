package io.qike.crm.platform.org;

import io.qike.crm.platform.QikeProperties;
import io.qike.crm.platform.DemoTenantCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate tx;

    DemoTenantSeeder(TenantProvisioning provisioning, QikeProperties properties, ApplicationEventPublisher events,
                     TransactionTemplate tx) {
        this.tx = tx;
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
        // Modules add their demo data as the demo admin, through their own services, after this commits: the
        // event publication registry keeps the event until each listener has run (again after a restart).
        tx.executeWithoutResult(s -> events.publishEvent(new DemoTenantCreated(tenant.tenantId(), tenant.adminUserId())));
        String banner = "\n=================================================================\n"
                + "  Qike demo enterprise created. Log in as: admin\n"
                + (generated ? "  Password (shown once): " + password + "\n" : "  Password: from QIKE_ADMIN_PASSWORD\n")
                + "=================================================================";
        System.out.println(banner); // console only: the password must not reach log files
    }
}
