package io.qike.crm.archive.retention;

import io.qike.crm.archive.pull.ArchiveMessages;
import io.qike.crm.archive.pull.ArchivedMessage;
import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RunAs;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.salesrecord.Upload;
import io.qike.crm.wecom.ExternalContactLinks;
import io.qike.crm.wecom.LinkedContact;
import io.qike.crm.wecom.WecomBindings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic retention of one enterprise: for each customer a rule covers, the new one-to-one messages (after the
 * customer's cursor) between bound members and the external contacts bound to the customer's contacts become one sales
 * record of type WECOM_CHAT with the transcript attached. The record and the customer's cursor of the day are written
 * in one transaction, so a crash leaves nothing and a second run (another node, the same day) finds the day taken.
 * The record is written by the user of the member who wrote most of the messages, or by the administrator who saved
 * the rules when that user may not write records on the customer.
 */
@Component
class AutomaticRetention {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AutomaticRetention.class);
    static final int MAX_MESSAGES = 1000;
    static final int BODY_TEXT = 2000;
    private final RetentionRuleRepository rules;
    private final RetentionCursorRepository cursors;
    private final ArchiveMessages archive;
    private final WecomBindings bindings;
    private final ExternalContactLinks links;
    private final CustomerService customers;
    private final CustomerDirectory visibleCustomers;
    private final DepartmentService departments;
    private final SalesRecordService records;
    private final TranscriptWriter writer;
    private final RecordOwners owners;
    private final RunAs runAs;
    private final TransactionTemplate tx;
    private final EnterpriseTime time;
    private final MessageSource messages;

    AutomaticRetention(RetentionRuleRepository rules, RetentionCursorRepository cursors, ArchiveMessages archive,
                       WecomBindings bindings, ExternalContactLinks links, CustomerService customers,
                       CustomerDirectory visibleCustomers, DepartmentService departments, SalesRecordService records,
                       TranscriptWriter writer, RecordOwners owners, RunAs runAs, TransactionTemplate tx, EnterpriseTime time,
                       MessageSource messages) {
        this.rules = rules;
        this.cursors = cursors;
        this.archive = archive;
        this.bindings = bindings;
        this.links = links;
        this.customers = customers;
        this.visibleCustomers = visibleCustomers;
        this.departments = departments;
        this.records = records;
        this.writer = writer;
        this.owners = owners;
        this.runAs = runAs;
        this.tx = tx;
        this.time = time;
        this.messages = messages;
    }

    List<Long> tenants() {
        return rules.tenants();
    }

    /** One run for the enterprise; the number of records written. */
    int run(long tenantId) {
        return TenantContext.callAs(tenantId, () -> {
            List<RetentionRule> all = rules.all();
            Optional<Long> admin = rules.savedBy();
            if (all.isEmpty() || admin.isEmpty()) return 0;
            LocalDate day = time.today();
            Locale previous = LocaleContextHolder.getLocale();
            LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
            try {
                Map<Long, List<LinkedContact>> covered = as(admin.get(), () -> covered(all));
                int written = 0;
                Map<String, Optional<Long>> members = new HashMap<>();
                for (Map.Entry<Long, List<LinkedContact>> c : covered.entrySet()) {
                    try {
                        if (retain(c.getKey(), c.getValue(), day, admin.get(), members)) written++;
                    } catch (RuntimeException e) {
                        log.warn("Automatic retention of customer {} failed: {}", c.getKey(), e.toString());
                    }
                }
                return written;
            } finally {
                LocaleContextHolder.setLocale(previous);
            }
        });
    }

    /** The external contacts with archived one-to-one chats, bound to contacts of customers a rule covers, by customer. */
    private Map<Long, List<LinkedContact>> covered(List<RetentionRule> all) {
        Map<Long, List<LinkedContact>> out = new LinkedHashMap<>();
        Map<Long, Boolean> decided = new HashMap<>();
        for (String party : archive.singleExternalParties(null)) {
            if (bindings.userFor(party).isPresent()) continue;
            links.find(party).filter(l -> l.customerId() != null)
                    .filter(l -> decided.computeIfAbsent(l.customerId(), id -> covers(all, id)))
                    .ifPresent(l -> out.computeIfAbsent(l.customerId(), k -> new ArrayList<>()).add(l));
        }
        return out;
    }

    private boolean covers(List<RetentionRule> all, long customerId) {
        for (RetentionRule r : all) {
            if (RetentionRule.ENTERPRISE.equals(r.scope())) return true;
            if (RetentionRule.CUSTOMER.equals(r.scope()) && r.customerId() == customerId) return true;
        }
        Long department = customers.get(customerId).departmentId();
        return department != null && all.stream().anyMatch(r -> RetentionRule.DEPARTMENT.equals(r.scope())
                && departments.subtreeIds(r.departmentId()).contains(department));
    }

    private boolean retain(long customerId, List<LinkedContact> contacts, LocalDate day, long admin, Map<String, Optional<Long>> members) {
        Function<String, Optional<Long>> userOf = p -> members.computeIfAbsent(p, bindings::userFor);
        Map<String, LinkedContact> external = contacts.stream().collect(Collectors.toMap(LinkedContact::externalUserId, Function.identity()));
        List<ArchivedMessage> fresh = new ArrayList<>();
        Map<String, Integer> byMember = new HashMap<>();
        for (ArchivedMessage m : archive.singleWith(external.keySet(), cursors.upTo(customerId), MAX_MESSAGES)) {
            List<String> parties = new ArrayList<>(m.tolist());
            parties.add(m.from());
            Optional<String> member = parties.stream().filter(p -> !external.containsKey(p) && userOf.apply(p).isPresent()).findFirst();
            if (member.isEmpty()) continue;
            fresh.add(m);
            byMember.merge(member.get(), 1, Integer::sum);
        }
        if (fresh.isEmpty()) return false;
        long author = byMember.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.<String>reverseOrder()))
                .flatMap(e -> userOf.apply(e.getKey())).filter(u -> mayWrite(u, customerId)).orElse(admin);
        return as(author, () -> Boolean.TRUE.equals(tx.execute(s -> write(customerId, external, byMember, fresh, day))));
    }

    /** Whether the user (still active) may write records on the customer. */
    private boolean mayWrite(long userId, long customerId) {
        try {
            return as(userId, () -> CurrentUser.require().can(Permission.SALESRECORD_CREATE) && visibleCustomers.visible(customerId));
        } catch (IllegalStateException inactive) {
            return false;
        }
    }

    private boolean write(long customerId, Map<String, LinkedContact> external, Map<String, Integer> byMember,
                          List<ArchivedMessage> fresh, LocalDate day) {
        long upTo = fresh.stream().mapToLong(ArchivedMessage::seq).max().orElseThrow();
        if (!cursors.claim(customerId, day, upTo, fresh.size())) return false;
        List<ArchivedMessage> chat = fresh.stream().sorted(Comparator.comparing(ArchivedMessage::msgtime).thenComparing(ArchivedMessage::seq)).toList();
        Map<String, String> names = new HashMap<>();
        external.values().forEach(l -> names.put(l.externalUserId(), l.name()));
        Map<Long, String> users = owners.names(byMember.keySet().stream().map(bindings::userFor).flatMap(Optional::stream).toList());
        byMember.keySet().forEach(m -> bindings.userFor(m).map(users::get).ifPresent(n -> names.put(m, n)));
        String who = external.values().stream().map(LinkedContact::name).distinct().collect(Collectors.joining("、"));
        Locale zh = LocaleContextHolder.getLocale();
        String title = messages.getMessage("archive.retention.transcript.title", new Object[]{who}, zh);
        Transcript t = writer.write(title, chat, names);
        String summary = messages.getMessage("archive.retention.summary", new Object[]{t.messages(), who,
                time.minute(chat.get(0).msgtime()), time.minute(chat.get(chat.size() - 1).msgtime())}, zh);
        String excerpt = t.text().length() > BODY_TEXT ? t.text().substring(0, BODY_TEXT) + "…" : t.text();
        byte[] html = t.html().getBytes(StandardCharsets.UTF_8);
        Long contactId = external.size() == 1 ? external.values().iterator().next().contactId() : null;
        long id = records.create(new SalesRecordDraft(customerId, contactId, "WECOM_CHAT", summary + "\n\n" + excerpt, null, Map.of()),
                List.of(new Upload(title + " " + day + ".html", html.length, () -> new ByteArrayInputStream(html))));
        cursors.recorded(customerId, day, id);
        return true;
    }

    private <T> T as(long userId, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        runAs.user(userId, () -> result.set(work.get()));
        return result.get();
    }
}
