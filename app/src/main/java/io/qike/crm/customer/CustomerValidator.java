package io.qike.crm.customer;

import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.dedup.CompanyNames;
import io.qike.crm.dedup.CreditCodes;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks every field of a draft and reports all problems together; nothing is written on failure. */
@Component
class CustomerValidator {
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{4,19}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private final CustomFields customFields;

    CustomerValidator(CustomFields customFields) {
        this.customFields = customFields;
    }

    CustomerValues validate(CustomerDraft d, long ownerId, Long selfId) {
        List<FieldProblem> p = new ArrayList<>();
        String name = text(d.name(), "name", 200, true, p);
        String code = CreditCodes.normalize(d.creditCode());
        if (code != null && !CreditCodes.isValid(code)) p.add(FieldProblem.of("creditCode", "credit_code"));
        BigDecimal capital = null;
        if (notBlank(d.registeredCapital())) {
            try {
                capital = new BigDecimal(d.registeredCapital().trim().replace(",", ""));
                if (capital.signum() < 0 || capital.precision() - capital.scale() > 16) p.add(FieldProblem.of("registeredCapital", "out_of_range"));
            } catch (NumberFormatException e) {
                p.add(FieldProblem.of("registeredCapital", "number"));
            }
        }
        String currency = option(d.capitalCurrency(), CustomerOptions.CURRENCIES, "capitalCurrency", p);
        if (capital != null && currency == null) currency = "CNY";
        LocalDate established = null;
        if (notBlank(d.establishedOn())) {
            try {
                established = LocalDate.parse(d.establishedOn().trim());
                if (established.isAfter(LocalDate.now()) || established.getYear() < 1800) p.add(FieldProblem.of("establishedOn", "out_of_range"));
            } catch (DateTimeParseException e) {
                p.add(FieldProblem.of("establishedOn", "date"));
            }
        }
        String status = option(d.registrationStatus(), CustomerOptions.STATUSES, "registrationStatus", p);
        String phone = pattern(d.phone(), PHONE, "phone", "phone", p);
        String email = pattern(d.email(), EMAIL, "email", "email", p);
        String website = website(d.website(), p);
        String source = option(d.source(), CustomerOptions.SOURCES, "source", p);
        String level = option(d.level(), CustomerOptions.LEVELS, "level", p);
        List<String> tags = d.tags() == null ? List.of()
                : d.tags().stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        if (tags.size() > 20 || tags.stream().anyMatch(t -> t.length() > 30)) p.add(FieldProblem.of("tags", "too_long", 30));
        String custom = customFields.validate(CustomObject.CUSTOMER, d.custom(), selfId, p);
        CustomerValues values = new CustomerValues(name, CompanyNames.normalize(name), code,
                text(d.legalRepresentative(), "legalRepresentative", 50, false, p), capital, currency, established, status,
                text(d.address(), "address", 300, false, p), text(d.region(), "region", 100, false, p),
                text(d.industry(), "industry", 100, false, p), text(d.businessScope(), "businessScope", 4000, false, p),
                phone, email, website, ownerId, source == null ? "MANUAL" : source, level, tags, custom);
        if (!p.isEmpty()) throw new InvalidInputException(p);
        return values;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String text(String s, String field, int max, boolean required, List<FieldProblem> p) {
        if (!notBlank(s)) {
            if (required) p.add(FieldProblem.of(field, "required"));
            return null;
        }
        String t = s.trim();
        if (t.length() > max) p.add(FieldProblem.of(field, "too_long", max));
        return t;
    }

    private static String option(String s, List<String> options, String field, List<FieldProblem> p) {
        if (!notBlank(s)) return null;
        if (!options.contains(s.trim())) p.add(FieldProblem.of(field, "invalid_option"));
        return s.trim();
    }

    private static String pattern(String s, Pattern pattern, String field, String code, List<FieldProblem> p) {
        if (!notBlank(s)) return null;
        if (!pattern.matcher(s.trim()).matches()) p.add(FieldProblem.of(field, code));
        return s.trim();
    }

    private static String website(String s, List<FieldProblem> p) {
        if (!notBlank(s)) return null;
        String t = s.trim();
        String withScheme = t.matches("(?i)^https?://.*") ? t : "https://" + t;
        try {
            URI uri = URI.create(withScheme);
            if (uri.getHost() != null && uri.getHost().contains(".")) return withScheme;
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        p.add(FieldProblem.of("website", "url"));
        return null;
    }
}
