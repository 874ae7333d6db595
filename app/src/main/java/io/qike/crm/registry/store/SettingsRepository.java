package io.qike.crm.registry.store;

import io.qike.crm.registry.FieldMapping;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.RegistrySettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tenant's registry_settings row; provider slots are kept as JSON keyed by provider code. */
@Repository
public class SettingsRepository {
    private record StoredSource(String searchFlow, String detailFlow, List<FieldMapping> mappings) {
    }

    private static final TypeReference<LinkedHashMap<String, StoredSource>> SOURCES = new TypeReference<>() { };
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SettingsRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<RegistrySettings> load() {
        return jdbc.sql("""
                select enabled, primary_provider, fallback_provider, search_ttl_minutes, detail_ttl_minutes,
                  refresh_after_days, sources::text as sources from registry_settings""")
                .query((rs, i) -> new RegistrySettings(rs.getBoolean("enabled"), provider(rs.getString("primary_provider")),
                        provider(rs.getString("fallback_provider")), rs.getInt("search_ttl_minutes"),
                        rs.getInt("detail_ttl_minutes"), rs.getInt("refresh_after_days"), sources(rs.getString("sources"))))
                .optional();
    }

    public void save(RegistrySettings s, String user) {
        jdbc.sql("""
                insert into registry_settings(enabled, primary_provider, fallback_provider, search_ttl_minutes,
                  detail_ttl_minutes, refresh_after_days, sources, updated_by)
                values (:enabled, :primary, :fallback, :searchTtl, :detailTtl, :refreshDays, cast(:sources as jsonb), :user)
                on conflict (tenant_id) do update set enabled = excluded.enabled, primary_provider = excluded.primary_provider,
                  fallback_provider = excluded.fallback_provider, search_ttl_minutes = excluded.search_ttl_minutes,
                  detail_ttl_minutes = excluded.detail_ttl_minutes, refresh_after_days = excluded.refresh_after_days,
                  sources = excluded.sources, updated_by = excluded.updated_by, updated_at = now()""")
                .param("enabled", s.enabled()).param("primary", code(s.primary())).param("fallback", code(s.fallback()))
                .param("searchTtl", s.searchTtlMinutes()).param("detailTtl", s.detailTtlMinutes())
                .param("refreshDays", s.refreshAfterDays()).param("sources", json.writeValueAsString(stored(s.sources())))
                .param("user", user).update();
    }

    private Map<RegistryProvider, RegistrySettings.Source> sources(String text) {
        Map<RegistryProvider, RegistrySettings.Source> out = new EnumMap<>(RegistryProvider.class);
        if (text == null) return out;
        json.readValue(text, SOURCES).forEach((code, s) -> RegistryProvider.ofCode(code).ifPresent(p ->
                out.put(p, new RegistrySettings.Source(s.searchFlow(), s.detailFlow(), s.mappings()))));
        return out;
    }

    private static Map<String, StoredSource> stored(Map<RegistryProvider, RegistrySettings.Source> sources) {
        Map<String, StoredSource> out = new LinkedHashMap<>();
        sources.forEach((p, s) -> out.put(p.code(), new StoredSource(s.searchFlow(), s.detailFlow(), new ArrayList<>(s.mappings()))));
        return out;
    }

    private static RegistryProvider provider(String code) {
        return RegistryProvider.ofCode(code).orElse(null);
    }

    private static String code(RegistryProvider p) {
        return p == null ? null : p.code();
    }
}
