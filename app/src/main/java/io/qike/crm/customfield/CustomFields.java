package io.qike.crm.customfield;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Custom field definitions and the validation of their values, for every object that has them. */
@Service
public class CustomFields {
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** Key of the per-transaction memo of definitions, see {@link #definitions}. */
    private static final Object MEMO = new Object();
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;

    private final tools.jackson.databind.ObjectReader valuesReader;

    CustomFields(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        // Decimals as BigDecimal, so that money keeps its two places; built once, read on every row.
        this.valuesReader = json.readerFor(new TypeReference<LinkedHashMap<String, Object>>() { })
                .with(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.audit = audit;
    }

    /**
     * The object's field definitions. In a read-only transaction they are read once and kept until
     * it ends: such a transaction cannot change them, and a bulk check (an import validates
     * thousands of rows per transaction) would otherwise query them once per row.
     */
    public List<CustomFieldDefinition> definitions(CustomObject object) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) return load(object);
        @SuppressWarnings("unchecked")
        var memo = (Map<CustomObject, List<CustomFieldDefinition>>) TransactionSynchronizationManager.getResource(MEMO);
        if (memo == null) {
            memo = new EnumMap<>(CustomObject.class);
            TransactionSynchronizationManager.bindResource(MEMO, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(MEMO);
                }
            });
        }
        return memo.computeIfAbsent(object, this::load);
    }

    private List<CustomFieldDefinition> load(CustomObject object) {
        return jdbc.sql("""
                select id, object_type, code, label, type, options::text, required, is_unique, show_in_list, sort
                from custom_field where object_type = ? order by sort, id""").param(object.name())
                .query((rs, i) -> new CustomFieldDefinition(rs.getLong(1), CustomObject.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), FieldType.valueOf(rs.getString(5)),
                        json.readValue(rs.getString(6), new TypeReference<List<String>>() { }),
                        rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9), rs.getInt(10))).list();
    }

    /**
     * Checks submitted values against the definitions and returns them in stored form (JSON text).
     * Unknown codes, wrong types, missing required values and taken unique values are reported
     * together, so the user sees every problem at once.
     */
    public String validate(CustomObject object, Map<String, ?> submitted, Long selfId, List<FieldProblem> problems) {
        Map<String, ?> raw = submitted == null ? Map.of() : submitted;
        List<CustomFieldDefinition> defs = definitions(object);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String code : raw.keySet()) {
            if (defs.stream().noneMatch(d -> d.code().equals(code))) problems.add(FieldProblem.of("custom." + code, "unknown_field"));
        }
        for (CustomFieldDefinition def : defs) {
            Object value = raw.get(def.code());
            if (CustomFieldValues.isEmpty(value)) {
                if (def.required()) problems.add(FieldProblem.of(def.fieldName(), "required"));
                continue;
            }
            Object parsed = CustomFieldValues.parse(def, value, problems);
            if (parsed == null) continue;
            if (def.unique() && taken(object, def.code(), parsed, selfId)) {
                problems.add(FieldProblem.of(def.fieldName(), "unique_taken"));
            }
            values.put(def.code(), parsed);
        }
        return json.writeValueAsString(values);
    }

    private boolean taken(CustomObject object, String code, Object value, Long selfId) {
        String probe = json.writeValueAsString(Map.of(code, value));
        return jdbc.sql("select count(*) from " + object.table() + " where custom @> cast(? as jsonb) and id <> coalesce(?, -1)")
                .params(probe, selfId).query(Integer.class).single() > 0;
    }

    public Map<String, Object> read(String storedJson) {
        if (storedJson == null || storedJson.isBlank()) return Map.of();
        return valuesReader.readValue(storedJson);
    }

    /**
     * A list filter on one custom field: equality for select, boolean and number fields, a
     * case-insensitive contains for text. Returns the SQL condition (column alias {@code t}).
     */
    public String filterCondition(CustomFieldDefinition def, String paramName) {
        return switch (def.type()) {
            case TEXT, LONG_TEXT, PHONE, EMAIL, URL -> "t.custom->>'" + def.code() + "' ilike :" + paramName;
            case MULTI_SELECT -> "t.custom->'" + def.code() + "' @> to_jsonb(cast(:" + paramName + " as text))";
            default -> "t.custom->>'" + def.code() + "' = :" + paramName;
        };
    }

    public Object filterValue(CustomFieldDefinition def, String value) {
        return switch (def.type()) {
            case TEXT, LONG_TEXT, PHONE, EMAIL, URL -> "%" + value.replace("%", "\\%").replace("_", "\\_") + "%";
            default -> value;
        };
    }

    /** The object's field definitions on the administration page. */
    @RequiresPermission(Permission.ADMIN_FIELDS)
    public List<CustomFieldDefinition> administered(CustomObject object) {
        return definitions(object);
    }

    @RequiresPermission(Permission.ADMIN_FIELDS)
    public CustomFieldDefinition get(long id) {
        for (CustomObject o : CustomObject.values()) {
            for (CustomFieldDefinition d : definitions(o)) if (d.id() == id) return d;
        }
        throw new NotFoundException("custom_field", id);
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_FIELDS)
    public long define(CustomObject object, String code, String label, FieldType type, List<String> options,
                       boolean required, boolean unique, boolean showInList) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) problems.add(FieldProblem.of("code", "field_code"));
        else if (definitions(object).stream().anyMatch(d -> d.code().equals(code))) problems.add(FieldProblem.of("code", "code_taken"));
        checkCommon(label, type, options, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        int sort = definitions(object).size();
        long id = jdbc.sql("""
                insert into custom_field(object_type, code, label, type, options, required, is_unique, show_in_list, sort)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(object.name(), code, label.trim(), type.name(), json.writeValueAsString(clean(options)), required, unique,
                        showInList, sort).query(Long.class).single();
        audit.record("CREATE", "CUSTOM_FIELD", id, object + "." + code);
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_FIELDS)
    public void update(long id, String label, List<String> options, boolean required, boolean unique, boolean showInList) {
        CustomFieldDefinition before = get(id);
        List<FieldProblem> problems = new ArrayList<>();
        checkCommon(label, before.type(), options, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        jdbc.sql("update custom_field set label = ?, options = cast(? as jsonb), required = ?, is_unique = ?, show_in_list = ? where id = ?")
                .params(label.trim(), json.writeValueAsString(clean(options)), required, unique, showInList, id).update();
        audit.record("UPDATE", "CUSTOM_FIELD", id, before.objectType() + "." + before.code(),
                Map.of("label", new AuditLog.Change(before.label(), label.trim())));
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_FIELDS)
    public void delete(long id) {
        CustomFieldDefinition def = get(id);
        jdbc.sql("delete from custom_field where id = ?").param(id).update();
        audit.record("DELETE", "CUSTOM_FIELD", id, def.objectType() + "." + def.code());
    }

    private static void checkCommon(String label, FieldType type, List<String> options, List<FieldProblem> problems) {
        if (label == null || label.isBlank()) problems.add(FieldProblem.of("label", "required"));
        else if (label.length() > 50) problems.add(FieldProblem.of("label", "too_long", 50));
        if (type == null) problems.add(FieldProblem.of("type", "required"));
        else if (type.hasOptions() && clean(options).isEmpty()) problems.add(FieldProblem.of("options", "required"));
    }

    private static List<String> clean(List<String> options) {
        if (options == null) return List.of();
        return options.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
