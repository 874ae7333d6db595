package io.qike.crm.importexport;

import io.qike.crm.customer.CustomerOptions;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.importexport.Column.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The columns of each object's template and export: the standard fields, then the tenant's custom fields. */
@Component
class Columns {
    private static final List<Column> CUSTOMER = List.of(
            Column.text("name", "customer.name", true),
            Column.text("creditCode", "customer.creditCode", false),
            Column.text("legalRepresentative", "customer.legalRepresentative", false),
            Column.of("registeredCapital", "customer.registeredCapital", Kind.NUMBER),
            Column.option("capitalCurrency", "customer.capitalCurrency", CustomerOptions.CURRENCIES, "currency."),
            Column.of("establishedOn", "customer.establishedOn", Kind.DATE),
            Column.option("registrationStatus", "customer.registrationStatus", CustomerOptions.STATUSES, null),
            Column.text("address", "customer.address", false),
            Column.text("region", "customer.region", false),
            Column.text("industry", "customer.industry", false),
            Column.text("businessScope", "customer.businessScope", false),
            Column.text("phone", "customer.phone", false),
            Column.text("email", "customer.email", false),
            Column.text("website", "customer.website", false),
            Column.option("source", "customer.source", CustomerOptions.SOURCES, "source."),
            Column.option("level", "customer.level", CustomerOptions.LEVELS, "level."),
            Column.of("tags", "customer.tags", Kind.LIST),
            Column.of("owner", "imports.column.ownerLogin", Kind.LOGIN));
    private static final List<Column> CONTACT = List.of(
            Column.text("name", "contact.name", true),
            Column.text("customerName", "imports.column.customerName", false),
            Column.text("customerCreditCode", "imports.column.customerCreditCode", false),
            Column.text("title", "contact.title", false),
            Column.text("mobile", "contact.mobile", false),
            Column.text("email", "contact.email", false),
            Column.of("owner", "imports.column.ownerLogin", Kind.LOGIN));
    private static final List<Column> OPPORTUNITY = List.of(
            Column.text("name", "opportunity.name", true),
            Column.text("customerName", "imports.column.customerName", false),
            Column.text("customerCreditCode", "imports.column.customerCreditCode", false),
            Column.of("amount", "opportunity.amount", Kind.NUMBER),
            Column.of("expectedCloseOn", "opportunity.expectedCloseOn", Kind.DATE),
            Column.text("stage", "opportunity.stage", false),
            Column.of("probability", "opportunity.probability", Kind.NUMBER),
            Column.text("reason", "opportunity.reason", false),
            Column.of("owner", "imports.column.ownerLogin", Kind.LOGIN));
    private static final List<Column> LEAD = List.of(
            Column.text("companyName", "lead.companyName", true),
            Column.text("contactName", "lead.contactName", false),
            Column.text("mobile", "lead.mobile", false),
            Column.text("email", "lead.email", false),
            Column.option("source", "lead.source", CustomerOptions.SOURCES, "source."),
            Column.text("region", "lead.region", false),
            Column.option("status", "lead.status", io.qike.crm.lead.Lead.EDITABLE_STATUSES, "lead.status."),
            Column.text("pool", "lead.pool", false),
            Column.of("owner", "imports.column.ownerLogin", Kind.LOGIN));
    private static final List<Column> EXPORT_ONLY = List.of(
            Column.of("ownerName", "customer.owner", Kind.EXPORT_ONLY),
            Column.of("createdAt", "common.createdAt", Kind.EXPORT_ONLY),
            Column.of("updatedAt", "common.updatedAt", Kind.EXPORT_ONLY));

    private final CustomFields customFields;
    private final MessageSource messages;

    Columns(CustomFields customFields, MessageSource messages) {
        this.customFields = customFields;
        this.messages = messages;
    }

    /** The importable columns of the current tenant. */
    List<Column> of(ImportObject object) {
        List<Column> columns = new ArrayList<>(switch (object) {
            case CUSTOMER -> CUSTOMER;
            case CONTACT -> CONTACT;
            case OPPORTUNITY -> OPPORTUNITY;
            case LEAD -> LEAD;
        });
        customFields.definitions(object.customObject()).forEach(d -> columns.add(Column.custom(d)));
        return columns;
    }

    /** The import columns followed by the read-only ones, so an export can be edited and imported back. */
    List<Column> forExport(ImportObject object) {
        return withExportOnly(of(object));
    }

    static List<Column> withExportOnly(List<Column> importable) {
        List<Column> columns = new ArrayList<>(importable);
        columns.addAll(EXPORT_ONLY);
        return columns;
    }

    static Optional<Column> find(List<Column> columns, String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    String label(Column c, Locale locale) {
        return c.custom() != null ? c.custom().label() : messages.getMessage(c.labelKey(), null, c.key(), locale);
    }

    /** The header cell: required columns carry a star. */
    String header(Column c, Locale locale) {
        return label(c, locale) + (c.required() ? "*" : "");
    }

    /** The label of an error's field in the reader's language; fields that are no column are shown as they are. */
    String fieldLabel(List<Column> columns, String field, Locale locale) {
        return find(columns, field).map(c -> label(c, locale)).orElse(field);
    }

    /** The values a column offers, as the template's drop-down and the error "not one of the choices" list them. */
    List<String> optionLabels(Column c, Locale locale) {
        if (c.kind() == Kind.OPTION) return c.options().stream().map(o -> optionLabel(c, o, locale)).toList();
        if (c.custom() != null && c.custom().type().hasOptions()) return c.custom().options();
        if (c.custom() != null && c.custom().type() == FieldType.BOOLEAN) {
            return List.of(messages.getMessage("common.yes", null, locale), messages.getMessage("common.no", null, locale));
        }
        return List.of();
    }

    /** How an option is written in a cell: its label in the user's language (the code is accepted too). */
    String optionLabel(Column c, String option, Locale locale) {
        return c.optionPrefix() == null ? option : messages.getMessage(c.optionPrefix() + option, null, option, locale);
    }
}
