package io.qike.crm.platform.org;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.Text;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** 企业设置: what an administrator sees and changes of their own enterprise — its time zone and 撞单提示. */
@Service
public class EnterpriseSettings {
    /** The zones offered first, China's first; any other valid zone is accepted too. */
    static final List<String> COMMON_ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore",
            "Asia/Tokyo", "Asia/Seoul", "Asia/Bangkok", "Asia/Jakarta", "Asia/Kolkata", "Asia/Dubai", "Europe/Moscow",
            "Europe/Berlin", "Europe/Paris", "Europe/London", "UTC", "America/Sao_Paulo", "America/New_York",
            "America/Chicago", "America/Los_Angeles", "Australia/Sydney", "Pacific/Auckland");

    /** A zone to choose, with its offset now ("UTC+08:00"). */
    public record ZoneChoice(String id, String offset) {
    }

    private final TenantRepository tenants;
    private final EnterpriseTime time;
    private final AuditLog audit;

    EnterpriseSettings(TenantRepository tenants, EnterpriseTime time, AuditLog audit) {
        this.tenants = tenants;
        this.time = time;
        this.audit = audit;
    }

    @RequiresPermission(Permission.ADMIN_ORG)
    public Enterprise current() {
        long id = TenantContext.currentTenantId();
        return tenants.find(id).orElseThrow(() -> new NotFoundException("tenant", String.valueOf(id)));
    }

    /** The common zones, and the enterprise's own when it is not one of them. */
    @RequiresPermission(Permission.ADMIN_ORG)
    public List<ZoneChoice> zoneChoices() {
        List<String> ids = new ArrayList<>(COMMON_ZONES);
        String own = current().timeZone();
        if (!ids.contains(own)) ids.add(0, own);
        Instant now = Instant.now();
        return ids.stream().map(z -> new ZoneChoice(z, "UTC" + ZoneId.of(z).getRules().getOffset(now).getId().replace("Z", "+00:00")))
                .toList();
    }

    /** Changes the enterprise's time zone; every page, export and message shows times in it from now on. */
    @RequiresPermission(Permission.ADMIN_ORG)
    public void changeTimeZone(String zone) {
        Checks problems = new Checks();
        if (Text.isBlank(zone)) problems.add("timeZone", "required");
        else if (!EnterpriseTime.valid(zone.trim())) problems.add("timeZone", "time_zone");
        problems.throwIfAny();
        Enterprise e = current();
        String after = ZoneId.of(zone.trim()).getId();
        if (after.equals(e.timeZone())) return;
        tenants.setTimeZone(e.id(), after);
        time.forget(e.id());
        audit.record("UPDATE", "TENANT", e.id(), e.name(), Map.of("timeZone", new AuditLog.Change(e.timeZone(), after)));
    }

    /** 撞单提示 of the current enterprise; every user's duplicate check asks it. */
    public DuplicateHint duplicateHint() {
        return tenants.duplicateHint(TenantContext.currentTenantId()).map(DuplicateHint::valueOf).orElse(DuplicateHint.NAME_AND_OWNER);
    }

    /** Changes 撞单提示 (audited); null keeps it. */
    @RequiresPermission(Permission.ADMIN_ORG)
    public void changeDuplicateHint(String hint) {
        if (Text.isBlank(hint)) return;
        DuplicateHint after;
        try {
            after = DuplicateHint.valueOf(hint.trim());
        } catch (IllegalArgumentException e) {
            throw new io.qike.crm.platform.InvalidInputException(io.qike.crm.platform.FieldProblem.of("duplicateHint", "invalid_option"));
        }
        DuplicateHint before = duplicateHint();
        if (after == before) return;
        Enterprise e = current();
        tenants.setDuplicateHint(e.id(), after.name());
        audit.record("UPDATE", "TENANT", e.id(), e.name(), Map.of("duplicateHint", new AuditLog.Change(before.name(), after.name())));
    }
}
