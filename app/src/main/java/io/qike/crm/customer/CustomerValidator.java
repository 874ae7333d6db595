package io.qike.crm.customer;

import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.dedup.CompanyNames;
import io.qike.crm.dedup.CreditCodes;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import io.qike.crm.platform.validation.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks every field of a draft and reports all problems together; nothing is written on failure. */
@Component
class CustomerValidator {
    private final CustomFields customFields;
    private final CustomerRepository repository;
    private final EnterpriseTime time;

    CustomerValidator(CustomFields customFields, CustomerRepository repository, EnterpriseTime time) {
        this.time = time;
        this.customFields = customFields;
        this.repository = repository;
    }

    CustomerValues validate(CustomerDraft d, long ownerId, Long selfId) {
        Checks c = new Checks();
        String name = c.text("name", d.name(), MaxLength.CUSTOMER_NAME, true);
        String code = CreditCodes.normalize(d.creditCode());
        if (code != null && !CreditCodes.isValid(code)) c.add("creditCode", "credit_code");
        BigDecimal capital = null;
        if (Text.hasText(d.registeredCapital())) {
            try {
                capital = new BigDecimal(d.registeredCapital().trim().replace(",", ""));
                if (capital.signum() < 0 || capital.precision() - capital.scale() > 16) c.add("registeredCapital", "out_of_range");
            } catch (NumberFormatException e) {
                c.add("registeredCapital", "number");
            }
        }
        String currency = c.option("capitalCurrency", d.capitalCurrency(), CustomerOptions.CURRENCIES);
        if (capital != null && currency == null) currency = "CNY";
        LocalDate established = null;
        if (Text.hasText(d.establishedOn())) {
            try {
                established = LocalDate.parse(d.establishedOn().trim());
                if (established.isAfter(time.today()) || established.getYear() < 1800) c.add("establishedOn", "out_of_range");
            } catch (DateTimeParseException e) {
                c.add("establishedOn", "date");
            }
        }
        String status = c.option("registrationStatus", d.registrationStatus(), CustomerOptions.STATUSES);
        String phone = c.phone("phone", d.phone());
        String email = c.email("email", d.email());
        String website = c.website("website", d.website());
        String source = c.option("source", d.source(), CustomerOptions.SOURCES);
        String level = c.option("level", d.level(), CustomerOptions.LEVELS);
        List<String> tags = d.tags() == null ? List.of()
                : d.tags().stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        if (tags.size() > 20 || tags.stream().anyMatch(t -> t.length() > 30)) c.add("tags", "too_long", 30);
        String custom = customFields.validate(CustomObject.CUSTOMER, d.custom(), selfId, repository::customValueTaken, c);
        Double latitude = coordinate(c, "latitude", d.latitude(), 90);
        Double longitude = coordinate(c, "longitude", d.longitude(), 180);
        boolean typed = Text.hasText(d.latitude()) || Text.hasText(d.longitude());
        if (typed && latitude == null && Text.isBlank(d.latitude())) c.add("latitude", "required");
        if (typed && longitude == null && Text.isBlank(d.longitude())) c.add("longitude", "required");
        CustomerValues values = new CustomerValues(name, CompanyNames.normalize(name), code,
                c.text("legalRepresentative", d.legalRepresentative(), MaxLength.CUSTOMER_LEGAL_REPRESENTATIVE, false), capital, currency, established, status,
                c.text("address", d.address(), MaxLength.CUSTOMER_ADDRESS, false), c.text("region", d.region(), MaxLength.CUSTOMER_REGION, false),
                c.text("industry", d.industry(), MaxLength.CUSTOMER_INDUSTRY, false), c.text("businessScope", d.businessScope(), MaxLength.CUSTOMER_BUSINESS_SCOPE, false),
                phone, email, website, ownerId, source == null ? "MANUAL" : source, level, tags, custom,
                latitude, longitude, c.text("locationAddress", d.locationAddress(), MaxLength.CUSTOMER_ADDRESS, false));
        c.throwIfAny();
        return values;
    }

    /** A latitude (±90) or longitude (±180) in degrees, or null when blank. */
    private static Double coordinate(Checks c, String field, String text, int bound) {
        if (Text.isBlank(text)) return null;
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v) || Math.abs(v) > bound) {
                c.add(Checks.outOfRange(field, "customer." + field, -bound, bound));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            c.add(field, "number");
            return null;
        }
    }
}
