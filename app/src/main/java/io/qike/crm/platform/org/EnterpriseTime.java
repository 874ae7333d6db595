package io.qike.crm.platform.org;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.qike.crm.platform.TenantContext;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The one place that knows the enterprise's time zone ({@code tenant.time_zone}, Asia/Shanghai unless an
 * administrator chose another): every page, fragment, export and message shows times in it, "today" is its
 * day, and times typed into a form are read in it. Work without an enterprise (the operator, start-up) uses
 * Asia/Shanghai. The zone is kept for a minute; this node forgets it at once when it is changed.
 */
@Component
public class EnterpriseTime {
    public static final String MINUTE = "yyyy-MM-dd HH:mm";
    public static final String SECOND = "yyyy-MM-dd HH:mm:ss";
    public static final String DATE = "yyyy-MM-dd";

    private static final Map<String, DateTimeFormatter> PATTERNS = new ConcurrentHashMap<>();
    private final LoadingCache<Long, ZoneId> zones;

    EnterpriseTime(TenantRepository tenants) {
        this.zones = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000)
                .build(id -> tenants.timeZone(id).map(EnterpriseTime::parse).orElse(TenantProvisioning.DEFAULT_TIME_ZONE));
    }

    /** The current enterprise's zone (the signed-in user's, or the one system work runs for). */
    public ZoneId zone() {
        Long tenant = TenantContext.currentTenantId();
        return tenant == null ? TenantProvisioning.DEFAULT_TIME_ZONE : zoneOf(tenant);
    }

    public ZoneId zoneOf(long tenantId) {
        return zones.get(tenantId);
    }

    /** Today in the current enterprise. */
    public LocalDate today() {
        return LocalDate.now(zone());
    }

    public LocalDate today(long tenantId) {
        return LocalDate.now(zoneOf(tenantId));
    }

    /** The time in the enterprise, or null; a local date or date-time is taken as already local. */
    public ZonedDateTime local(Object time) {
        if (time == null) return null;
        ZoneId zone = zone();
        if (time instanceof Instant i) return i.atZone(zone);
        if (time instanceof OffsetDateTime o) return o.atZoneSameInstant(zone);
        if (time instanceof ZonedDateTime z) return z.withZoneSameInstant(zone);
        if (time instanceof LocalDateTime l) return l.atZone(zone);
        if (time instanceof LocalDate d) return d.atStartOfDay(zone);
        throw new IllegalArgumentException("Not a time: " + time.getClass().getName());
    }

    /** The time as the enterprise reads it, in the given pattern; empty text for no time. */
    public String format(Object time, String pattern) {
        if (time == null) return "";
        TemporalAccessor t = time instanceof LocalDate d ? d : local(time);
        return PATTERNS.computeIfAbsent(pattern, DateTimeFormatter::ofPattern).format(t);
    }

    /** 2026-12-03 15:04 */
    public String minute(Object time) {
        return format(time, MINUTE);
    }

    /** 2026-12-03 15:04:05 */
    public String second(Object time) {
        return format(time, SECOND);
    }

    /** 2026-12-03 */
    public String date(Object time) {
        return format(time, DATE);
    }

    /** The instant of a wall-clock time typed in the enterprise (a {@code datetime-local} field). */
    public OffsetDateTime fromLocal(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toOffsetDateTime();
    }

    /** The start of a day in the enterprise: date filters ("created on or after") compare with it. */
    public OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone()).toOffsetDateTime();
    }

    /** Whether the text names a time zone. */
    public static boolean valid(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException | NullPointerException e) {
            return false;
        }
    }

    private static ZoneId parse(String zone) {
        return valid(zone) ? ZoneId.of(zone) : TenantProvisioning.DEFAULT_TIME_ZONE;
    }

    void forget(long tenantId) {
        zones.invalidate(tenantId);
    }
}
