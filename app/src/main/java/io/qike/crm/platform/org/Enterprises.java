package io.qike.crm.platform.org;

import io.qike.crm.platform.validation.Patterns;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.Text;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * What the operator of an installation does with enterprises: create one with its first
 * administrator, list them, disable and enable them. Used by the operator API and the
 * {@code tenant} command; creation itself is {@link TenantProvisioning}'s, as for the demo and tests.
 */
@Service
public class Enterprises {
    /** What the operator asks for; a blank password or time zone takes the default (generated, Asia/Shanghai). */
    public record NewEnterprise(String code, String name, String adminLogin, String adminPassword, String timeZone) {
    }

    /** The new enterprise, its administrator's login, and the password when it was generated (else null). */
    public record Created(Enterprise enterprise, String adminLogin, String generatedPassword) {
    }

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private final TenantProvisioning provisioning;
    private final TenantRepository tenants;
    private final UserRepository users;
    private final DisabledTenants disabled;

    Enterprises(TenantProvisioning provisioning, TenantRepository tenants, UserRepository users, DisabledTenants disabled) {
        this.provisioning = provisioning;
        this.tenants = tenants;
        this.users = users;
        this.disabled = disabled;
    }

    public List<Enterprise> list() {
        return tenants.list();
    }

    public Enterprise get(String code) {
        return tenants.find(code).orElseThrow(() -> new NotFoundException("tenant", code));
    }

    public Created create(NewEnterprise request) {
        ZoneId zone = validate(request);
        String code = request.code().trim();
        String login = request.adminLogin().trim();
        boolean generate = Text.isBlank(request.adminPassword());
        String password = generate ? TenantProvisioning.newPassword() : request.adminPassword();
        provisioning.create(code, request.name().trim(), login, password, zone);
        return new Created(get(code), login, generate ? password : null);
    }

    public Enterprise disable(String code) {
        return setStatus(code, Enterprise.DISABLED);
    }

    public Enterprise enable(String code) {
        return setStatus(code, Enterprise.ACTIVE);
    }

    private Enterprise setStatus(String code, String status) {
        if (code == null || !tenants.setStatus(code.trim(), status)) throw new NotFoundException("tenant", code);
        disabled.forget();
        return get(code.trim());
    }

    private ZoneId validate(NewEnterprise r) {
        Checks problems = new Checks();
        if (Text.isBlank(r.code())) problems.add("code", "required");
        else if (!CODE.matcher(r.code().trim()).matches()) problems.add("code", "tenant_code");
        else if (provisioning.findTenant(r.code().trim()).filter(provisioning::isComplete).isPresent()) {
            problems.add("code", "code_taken");
        }
        if (Text.isBlank(r.name())) problems.add("name", "required");
        else if (r.name().trim().length() > 100) problems.add("name", "too_long", 100);
        if (Text.isBlank(r.adminLogin())) problems.add("adminLogin", "required");
        else if (r.adminLogin().trim().length() > 64) problems.add("adminLogin", "too_long", 64);
        else if (!Patterns.LOGIN.matcher(r.adminLogin().trim()).matches()) problems.add("adminLogin", "login_chars");
        else if (users.loginTaken(r.adminLogin().trim(), null)) problems.add("adminLogin", "login_taken");
        if (Text.hasText(r.adminPassword()) && r.adminPassword().length() < 8) {
            problems.add("adminPassword", "password_short", 8);
        } else if (Text.hasText(r.adminPassword()) && r.adminPassword().length() > 128) {
            problems.add("adminPassword", "too_long", 128);
        }
        ZoneId zone = TenantProvisioning.DEFAULT_TIME_ZONE;
        if (Text.hasText(r.timeZone())) {
            try {
                zone = ZoneId.of(r.timeZone().trim());
            } catch (DateTimeException e) {
                problems.add("timeZone", "time_zone");
            }
        }
        problems.throwIfAny();
        return zone;
    }
}
