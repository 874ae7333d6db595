package io.qike.crm.lead;

import io.qike.crm.contact.ContactDraft;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerOptions;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.dedup.DuplicateCandidate;
import io.qike.crm.dedup.DuplicateCheck;
import io.qike.crm.dedup.DuplicateReport;
import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import io.qike.crm.platform.validation.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转换: a lead becomes a customer and a contact (and, through {@link LeadConverted}, an opportunity). The duplicate
 * check runs first: a customer with the same credit code or normalised name is offered instead of a new one. The
 * customer and the contact are made through their modules' services (their checks, audit and custom fields apply),
 * and the lead's sales records move to the customer, all in one transaction with the lead's new status.
 */
@Service
public class LeadConversion {
    /** The largest opportunity amount accepted, in 元. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    /** The field-name prefixes of the new customer's and the new contact's custom values in the draft's problems. */
    static final String CUSTOMER_CUSTOM = "customerCustom", CONTACT_CUSTOM = "contactCustom";
    private final LeadService leads;
    private final LeadRepository repository;
    private final DuplicateCheck duplicates;
    private final CustomerService customers;
    private final CustomerDirectory directory;
    private final ContactService contacts;
    private final io.qike.crm.salesrecord.SalesRecordService records;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CustomFields customFields;

    LeadConversion(LeadService leads, LeadRepository repository, DuplicateCheck duplicates, CustomerService customers,
                   CustomerDirectory directory, ContactService contacts, io.qike.crm.salesrecord.SalesRecordService records,
                   AuditLog audit, ApplicationEventPublisher events, CustomFields customFields) {
        this.customFields = customFields;
        this.leads = leads;
        this.repository = repository;
        this.duplicates = duplicates;
        this.customers = customers;
        this.directory = directory;
        this.contacts = contacts;
        this.records = records;
        this.audit = audit;
        this.events = events;
    }

    /** The customer the lead's company already is (same credit code, else same normalised name), if any. */
    @RequiresPermission(Permission.LEAD_CONVERT)
    public Optional<DuplicateCandidate> existing(long leadId, String creditCode) {
        return existing(leads.get(leadId), creditCode);
    }

    private Optional<DuplicateCandidate> existing(Lead lead, String creditCode) {
        DuplicateReport report = duplicates.check(lead.companyName(), creditCode, null);
        if (report.blocked()) return Optional.of(report.sameCreditCode());
        return duplicates.sameNames(List.of(lead.companyName())).values().stream().findFirst();
    }

    /** The result: the customer the lead became (new or existing) and the contact made, if the lead had a contact name. */
    public record Converted(long customerId, boolean newCustomer, Long contactId) {
    }

    @Transactional
    @RequiresPermission(Permission.LEAD_CONVERT)
    public Converted convert(long leadId, LeadConversionDraft draft) {
        QikeUser me = CurrentUser.require();
        Lead lead = leads.get(leadId);
        if (lead.converted()) throw LeadService.converted();
        if (lead.ownerId() == null) throw LeadService.taken();
        LeadConverted.OpportunityDraft opportunity = opportunity(draft);
        customValues(draft, draft.customerId() == null, !Text.isBlank(lead.contactName()));
        long customerId;
        boolean created;
        if (draft.customerId() != null) {
            if (!directory.visible(draft.customerId())) {
                throw new io.qike.crm.platform.InvalidInputException(io.qike.crm.platform.FieldProblem.of("customerId", "customer_not_found"));
            }
            customerId = draft.customerId();
            created = false;
        } else {
            Optional<DuplicateCandidate> same = existing(lead, draft.creditCode());
            boolean sameCode = same.isPresent() && same.get().creditCode() != null
                    && same.get().creditCode().equals(io.qike.crm.dedup.CreditCodes.normalize(draft.creditCode()));
            if (same.isPresent() && (sameCode || !draft.createNew())) throw duplicate(same.get());
            String source = lead.source() != null && CustomerOptions.SOURCES.contains(lead.source()) ? lead.source() : null;
            customerId = named(CUSTOMER_CUSTOM, () -> customers.create(CustomerDraft.builder().name(lead.companyName())
                    .creditCode(Text.trimToNull(draft.creditCode())).region(lead.region()).email(Text.isBlank(lead.contactName()) ? lead.email() : null)
                    .phone(Text.isBlank(lead.contactName()) ? lead.mobile() : null).source(source)
                    .ownerId(lead.ownerId()).custom(draft.customerCustom()).build(), CustomerService.SimilarNames.ACCEPT).id());
            created = true;
        }
        Long contactId = Text.isBlank(lead.contactName()) ? null : named(CONTACT_CUSTOM, () -> contacts.create(new ContactDraft(customerId,
                lead.contactName(), lead.mobile(), lead.email(), null, null, lead.ownerId(), draft.contactCustom())));
        if (!repository.markConverted(leadId, customerId)) throw LeadService.changed();
        records.moveLeadRecords(leadId, customerId);
        repository.event(leadId, "CONVERTED", me.userId(), lead.ownerId(), lead.poolId(), null);
        audit.record("LEAD_CONVERT", "LEAD", leadId, lead.companyName(), AuditDiff.of().field("status", lead.status(), Lead.CONVERTED)
                .field("customer", null, directory.names(List.of(customerId)).get(customerId)).changes());
        events.publishEvent(new LeadConverted(me.tenantId(), leadId, customerId, contactId, lead.ownerId(), me.userId(), opportunity));
        return new Converted(customerId, created, contactId);
    }

    /**
     * The custom values checked before anything is written, so a missing value of the customer and one of the contact
     * are reported together (uniqueness is the creating module's to check, when it creates).
     */
    private void customValues(LeadConversionDraft d, boolean newCustomer, boolean newContact) {
        Checks c = new Checks();
        if (newCustomer) c.addAll(renamed(CUSTOMER_CUSTOM, checked(CustomObject.CUSTOMER, d.customerCustom())));
        if (newContact) c.addAll(renamed(CONTACT_CUSTOM, checked(CustomObject.CONTACT, d.contactCustom())));
        c.throwIfAny();
    }

    private List<FieldProblem> checked(CustomObject object, Map<String, Object> values) {
        Checks c = new Checks();
        customFields.validate(object, values, null, (condition, self) -> false, c);
        return c.problems();
    }

    /** Runs a create of another module, its custom fields' problems named as the draft names them. */
    private static <T> T named(String prefix, Supplier<T> create) {
        try {
            return create.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(renamed(prefix, e.problems()));
        }
    }

    private static List<FieldProblem> renamed(String prefix, List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() != null && p.field().startsWith("custom.")
                ? new FieldProblem(prefix + p.field().substring("custom".length()), p.code(), p.messageKey(), p.args()) : p).toList();
    }

    private LeadConverted.OpportunityDraft opportunity(LeadConversionDraft d) {
        Checks c = new Checks();
        boolean asked = !Text.isBlank(d.opportunityName()) || !Text.isBlank(d.opportunityAmount()) || !Text.isBlank(d.opportunityCloseOn());
        if (!asked) return null;
        String name = c.text("opportunityName", d.opportunityName(), MaxLength.CUSTOMER_NAME, true);
        BigDecimal amount = null;
        if (!Text.isBlank(d.opportunityAmount())) {
            try {
                amount = new BigDecimal(d.opportunityAmount().trim().replace(",", ""));
                if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) c.add("opportunityAmount", "lead_amount");
            } catch (NumberFormatException e) {
                c.add("opportunityAmount", "lead_amount");
            }
        }
        LocalDate closeOn = c.date("opportunityCloseOn", d.opportunityCloseOn());
        c.throwIfAny();
        return new LeadConverted.OpportunityDraft(name, amount, closeOn);
    }

    private static ConflictException duplicate(DuplicateCandidate same) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("customerId", same.id());
        details.put("customerName", same.name());
        details.put("readable", same.readable());
        return new ConflictException("lead_duplicate_customer", "error.lead_duplicate_customer", details);
    }
}
