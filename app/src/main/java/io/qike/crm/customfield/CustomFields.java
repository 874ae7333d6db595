package io.qike.crm.customfield;

import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.Like;
import io.qike.crm.platform.validation.MaxLength;
import io.qike.crm.platform.validation.Text;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
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
    private static final String CODE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private final CustomFieldRepository repository;
    private final JsonMapper json;
    private final AuditLog audit;
    /** The record-owning modules; asked lazily, as their repositories read values through this service. */
    private final ObjectProvider<CustomValueUses> valueUses;

    private final tools.jackson.databind.ObjectReader valuesReader;

    CustomFields(CustomFieldRepository repository, JsonMapper json, AuditLog audit, ObjectProvider<CustomValueUses> valueUses) {
        this.valueUses = valueUses;
        this.repository = repository;
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
        return repository.definitions(object);
    }

    /**
     * Checks submitted values against the definitions and returns them in stored form (JSON text).
     * Unknown codes, wrong types, missing required values and taken unique values are reported
     * together, so the user sees every problem at once.
     */
    public String validate(CustomObject object, Map<String, ?> submitted, Long selfId, CustomValueTaken taken, Checks checks) {
        Map<String, ?> raw = submitted == null ? Map.of() : submitted;
        List<CustomFieldDefinition> defs = definitions(object);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String code : raw.keySet()) {
            if (defs.stream().noneMatch(d -> d.code().equals(code))) checks.add("custom." + code, "unknown_field");
        }
        for (CustomFieldDefinition def : defs) {
            Object value = raw.get(def.code());
            if (CustomFieldValues.isEmpty(value)) {
                if (def.required()) checks.add(def.fieldName(), "required");
                continue;
            }
            Object parsed = CustomFieldValues.parse(def, value, checks);
            if (parsed == null) continue;
            if (def.unique() && taken.taken(holding(def, parsed), selfId)) checks.add(def.fieldName(), "unique_taken");
            values.put(def.code(), parsed);
        }
        return json.writeValueAsString(values);
    }

    /** The condition "this unique field holds this value", for the owner's uniqueness query. */
    private CustomFieldCondition holding(CustomFieldDefinition def, Object value) {
        return new CustomFieldCondition(CustomFieldCondition.Kind.HOLDS, def.code(), "customValue",
                json.writeValueAsString(Map.of(def.code(), value)));
    }

    public Map<String, Object> read(String storedJson) {
        if (storedJson == null || storedJson.isBlank()) return Map.of();
        return valuesReader.readValue(storedJson);
    }

    /**
     * A list filter on one custom field: equality for select, boolean and number fields, a
     * case-insensitive contains for text; bound as {@code parameter}.
     */
    public CustomFieldCondition filter(CustomFieldDefinition def, String parameter, String value) {
        return switch (def.type()) {
            case TEXT, LONG_TEXT, PHONE, EMAIL, URL ->
                    new CustomFieldCondition(CustomFieldCondition.Kind.CONTAINS, def.code(), parameter, "%" + Like.escape(value) + "%");
            case MULTI_SELECT -> new CustomFieldCondition(CustomFieldCondition.Kind.HAS_OPTION, def.code(), parameter, value);
            default -> new CustomFieldCondition(CustomFieldCondition.Kind.EQUALS, def.code(), parameter, value);
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

    /**
     * A new field. Without a code one is made up ({@code cf_} and six letters or digits, unique for the object): the
     * code only names the value in storage and in the API, so an admin need not invent one.
     */
    @Transactional
    @RequiresPermission(Permission.ADMIN_FIELDS)
    public long define(CustomObject object, String code, String label, FieldType type, List<String> options,
                       boolean required, boolean unique, boolean showInList) {
        Checks checks = new Checks();
        List<CustomFieldDefinition> existing = definitions(object);
        String given = Text.trimToNull(code);
        String finalCode = given == null ? newCode(existing) : given;
        if (!CODE.matcher(finalCode).matches()) checks.add("code", "field_code");
        else if (existing.stream().anyMatch(d -> d.code().equals(finalCode))) checks.add("code", "code_taken");
        checkCommon(label, type, options, checks);
        checks.throwIfAny();
        long id = repository.insert(object, finalCode, label.trim(), type, clean(options), required, unique, showInList,
                existing.size());
        audit.record("CREATE", "CUSTOM_FIELD", id, object + "." + finalCode);
        return id;
    }

    /**
     * Changes what an admin may change after creation: the label, the options (added, renamed, reordered, removed),
     * required, unique and shown in lists; the type and the code stay, since stored values depend on them. An option
     * that records still hold cannot be removed or renamed: the problem says how many records hold it.
     */
    @Transactional
    @RequiresPermission(Permission.ADMIN_FIELDS)
    public void update(long id, String label, List<String> options, boolean required, boolean unique, boolean showInList) {
        CustomFieldDefinition before = get(id);
        Checks checks = new Checks();
        checkCommon(label, before.type(), options, checks);
        List<String> after = before.type().hasOptions() ? clean(options) : List.of();
        for (String gone : before.options().stream().filter(o -> !after.contains(o)).toList()) {
            long holding = uses(before, gone);
            if (holding > 0) checks.add("options", "option_in_use", gone, holding);
        }
        checks.throwIfAny();
        String newLabel = label.trim();
        repository.update(id, newLabel, after, required, unique, showInList);
        audit.record("UPDATE", "CUSTOM_FIELD", id, before.objectType() + "." + before.code(), AuditDiff.of()
                .field("label", before.label(), newLabel).field("options", String.join("、", before.options()), String.join("、", after))
                .field("required", before.required(), required).field("unique", before.unique(), unique)
                .field("showInList", before.showInList(), showInList).changes());
    }

    /** How many records of the field's object hold the option. */
    private long uses(CustomFieldDefinition def, String option) {
        CustomFieldCondition holds = new CustomFieldCondition(def.type() == FieldType.MULTI_SELECT
                ? CustomFieldCondition.Kind.HAS_OPTION : CustomFieldCondition.Kind.EQUALS, def.code(), "option", option);
        return valueUses.stream().filter(u -> u.object() == def.objectType()).mapToLong(u -> u.count(holds)).sum();
    }

    private static String newCode(List<CustomFieldDefinition> existing) {
        while (true) {
            StringBuilder code = new StringBuilder("cf_");
            for (int i = 0; i < 6; i++) code.append(CODE_CHARS.charAt(RANDOM.nextInt(CODE_CHARS.length())));
            String candidate = code.toString();
            if (existing.stream().noneMatch(d -> d.code().equals(candidate))) return candidate;
        }
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_FIELDS)
    public void delete(long id) {
        CustomFieldDefinition def = get(id);
        repository.delete(id);
        audit.record("DELETE", "CUSTOM_FIELD", id, def.objectType() + "." + def.code());
    }

    private static void checkCommon(String label, FieldType type, List<String> options, Checks checks) {
        checks.text("label", label, MaxLength.CUSTOM_FIELD_LABEL, true);
        if (type == null) checks.add("type", "required");
        else if (type.hasOptions() && clean(options).isEmpty()) checks.add("options", "required");
    }

    private static List<String> clean(List<String> options) {
        if (options == null) return List.of();
        return options.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
