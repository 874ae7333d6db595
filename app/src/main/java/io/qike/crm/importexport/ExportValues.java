package io.qike.crm.importexport;

import io.qike.crm.contact.Contact;
import io.qike.crm.customer.Customer;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.platform.org.EnterpriseTime;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * Cell values of an export, written the way the import reads them back: options as their labels,
 * dates as ISO text, times in the enterprise's zone, lists comma-separated, yes/no in the user's language, owners by login.
 */
final class ExportValues {
    private final Map<Long, String> logins;
    private final MessageSource messages;
    private final Locale locale;
    private final EnterpriseTime time;

    ExportValues(Map<Long, String> logins, MessageSource messages, Locale locale, EnterpriseTime time) {
        this.time = time;
        this.logins = logins;
        this.messages = messages;
        this.locale = locale;
    }

    Object customer(Customer c, Column col) {
        return switch (col.key()) {
            case "name" -> c.name();
            case "creditCode" -> c.creditCode();
            case "legalRepresentative" -> c.legalRepresentative();
            case "registeredCapital" -> c.registeredCapital() == null ? null : c.registeredCapital().stripTrailingZeros();
            case "capitalCurrency" -> option(col, c.capitalCurrency());
            case "establishedOn" -> c.establishedOn() == null ? null : c.establishedOn().toString();
            case "registrationStatus" -> c.registrationStatus();
            case "address" -> c.address();
            case "region" -> c.region();
            case "industry" -> c.industry();
            case "businessScope" -> c.businessScope();
            case "phone" -> c.phone();
            case "email" -> c.email();
            case "website" -> c.website();
            case "source" -> option(col, c.source());
            case "level" -> option(col, c.level());
            case "tags" -> c.tags().isEmpty() ? null : String.join(",", c.tags());
            case "owner" -> logins.get(c.ownerId());
            case "ownerName" -> c.ownerName();
            case "createdAt" -> time(c.createdAt());
            case "updatedAt" -> time(c.updatedAt());
            default -> custom(col, c.custom());
        };
    }

    Object contact(Contact c, Column col, Map<Long, String> creditCodes) {
        return switch (col.key()) {
            case "name" -> c.name();
            case "customerName" -> c.customerName();
            case "customerCreditCode" -> c.customerId() == null ? null : creditCodes.get(c.customerId());
            case "title" -> c.title();
            case "mobile" -> c.mobile();
            case "email" -> c.email();
            case "owner" -> logins.get(c.ownerId());
            case "ownerName" -> c.ownerName();
            case "createdAt" -> time(c.createdAt());
            case "updatedAt" -> time(c.updatedAt());
            default -> custom(col, c.custom());
        };
    }

    Object opportunity(io.qike.crm.opportunity.Opportunity o, Column col, Map<Long, String> creditCodes) {
        return switch (col.key()) {
            case "name" -> o.name();
            case "customerName" -> o.customerName();
            case "customerCreditCode" -> creditCodes.get(o.customerId());
            case "amount" -> o.amount();
            case "expectedCloseOn" -> o.expectedCloseOn() == null ? null : o.expectedCloseOn().toString();
            case "stage" -> o.stageName();
            case "probability" -> o.probability();
            case "reason" -> o.closeReason();
            case "owner" -> logins.get(o.ownerId());
            case "ownerName" -> o.ownerName();
            case "createdAt" -> time(o.createdAt());
            case "updatedAt" -> time(o.updatedAt());
            default -> custom(col, o.custom());
        };
    }

    Object lead(io.qike.crm.lead.Lead l, Column col) {
        return switch (col.key()) {
            case "companyName" -> l.companyName();
            case "contactName" -> l.contactName();
            case "mobile" -> l.mobile();
            case "email" -> l.email();
            case "source" -> option(col, l.source());
            case "region" -> l.region();
            case "status" -> option(col, l.status());
            case "pool" -> l.poolName();
            case "owner" -> l.ownerId() == null ? null : logins.get(l.ownerId());
            case "ownerName" -> l.ownerName();
            case "createdAt" -> time(l.createdAt());
            case "updatedAt" -> time(l.updatedAt());
            default -> custom(col, l.custom());
        };
    }

    private String option(Column col, String code) {
        if (code == null) return null;
        return col.optionPrefix() == null ? code : messages.getMessage(col.optionPrefix() + code, null, code, locale);
    }

    private Object custom(Column col, Map<String, Object> values) {
        if (col.custom() == null) return null;
        Object v = values.get(col.custom().code());
        if (v == null) return null;
        if (v instanceof Collection<?> list) return list.stream().map(Object::toString).collect(Collectors.joining(","));
        if (v instanceof Boolean b) return messages.getMessage(b ? "common.yes" : "common.no", null, locale);
        if (v instanceof Number n && (col.custom().type() == FieldType.NUMBER || col.custom().type() == FieldType.MONEY)) {
            return new BigDecimal(n.toString());
        }
        return v.toString();
    }

    /** The enterprise's clock, as on its pages. */
    private String time(OffsetDateTime t) {
        return t == null ? null : time.second(t);
    }
}
