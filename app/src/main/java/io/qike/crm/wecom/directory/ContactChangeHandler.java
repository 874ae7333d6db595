package io.qike.crm.wecom.directory;

import io.qike.crm.wecom.WecomClients;
import io.qike.crm.wecom.WecomEvent;
import io.qike.crm.wecom.WecomEventHandler;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import org.springframework.stereotype.Component;

/**
 * change_contact keeps the mirrored directory current between full syncs: members created, changed (a NewUserID
 * moves the member and its binding), removed; departments created, changed, removed. A member is read again with
 * user/get where a secret may (all fields with 通讯录同步), else taken from the event; whether the CRM app reaches
 * him is asked with the app's own user/get. Safe to run twice: each event sets a state, it does not add to one.
 */
@Component
class ContactChangeHandler implements WecomEventHandler {
    private static final int NOT_VISIBLE = 60011;
    private final DirectoryRepository store;
    private final WecomClients clients;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    ContactChangeHandler(DirectoryRepository store, WecomClients clients, org.springframework.transaction.support.TransactionTemplate tx) {
        this.tx = tx;
        this.store = store;
        this.clients = clients;
    }

    @Override
    public String event() {
        return "change_contact";
    }

    @Override
    public void handle(WecomEvent event) {
        Map<String, String> f = event.fields();
        String type = event.changeType() == null ? "" : event.changeType();
        WecomClients.Tenant wecom = clients.forTenant(event.tenantId());
        switch (type) {
            case "create_user", "update_user" -> {
                String userid = f.get("UserID");
                String renamed = blank(f.get("NewUserID"));
                if (renamed != null && !renamed.equals(userid)) {
                    String from = userid;
                    tx.executeWithoutResult(s -> store.rename(from, renamed));
                    userid = renamed;
                }
                refresh(wecom, userid, f);
            }
            case "delete_user" -> tx.executeWithoutResult(s -> store.remove(List.of(f.get("UserID"))));
            case "create_party", "update_party" -> tx.executeWithoutResult(s -> store.patchDepartment(Long.parseLong(f.get("Id")),
                    number(f.get("ParentId")), blank(f.get("Name")), number(f.get("Order"))));
            case "delete_party" -> tx.executeWithoutResult(s -> store.deleteDepartment(Long.parseLong(f.get("Id"))));
            default -> {
                // other change types (tags) are not mirrored
            }
        }
    }

    private void refresh(WecomClients.Tenant wecom, String userid, Map<String, String> f) {
        Optional<DirectoryRepository.Stored> old = store.member(userid).filter(DirectoryRepository.Stored::active);
        WecomDirectory.Person p = read(wecom.contacts(), userid).or(() -> read(wecom.app(), userid))
                .orElseGet(() -> fromEvent(userid, f, old.map(DirectoryRepository.Stored::person).orElse(null)));
        boolean visible = old.map(DirectoryRepository.Stored::inVisibleRange).orElse(false);
        boolean seated = old.map(DirectoryRepository.Stored::seated).orElse(false);
        Optional<WxCpService> app = wecom.app();
        // Whether the app sees the member (可见范围, seats) changes only with the member's departments, or for a member we did
        // not know: asking WeCom again for every other change doubled the calls a burst of changes costs against the
        // corp's 10,000 calls a minute. A change of the range itself is not a change_contact event: the sync finds it.
        boolean rangeMayChange = old.isEmpty() || blank(f.get("Department")) != null || blank(f.get("NewUserID")) != null;
        if (app.isPresent() && rangeMayChange) {
            try {
                app.get().getUserService().getById(userid);
                visible = true;
                seated = true;
            } catch (WxErrorException e) {
                if (e.getError().getErrorCode() == NOT_VISIBLE) seated = false;
            }
        }
        DirectoryRepository.Stored stored = new DirectoryRepository.Stored(p, visible, seated, true);
        tx.executeWithoutResult(s -> store.upsert(List.of(stored)));
    }

    private static Optional<WecomDirectory.Person> read(Optional<WxCpService> service, String userid) {
        if (service.isEmpty()) return Optional.empty();
        try {
            return Optional.of(DirectoryReader.person(service.get().getUserService().getById(userid)));
        } catch (WxErrorException e) {
            return Optional.empty();
        }
    }

    /** No secret may read the member: the event's own fields over what was stored. */
    private static WecomDirectory.Person fromEvent(String userid, Map<String, String> f, WecomDirectory.Person old) {
        List<Long> depts = blank(f.get("Department")) != null
                ? Arrays.stream(f.get("Department").split(",")).map(String::trim).map(Long::valueOf).toList()
                : old == null ? List.of() : old.departments();
        return new WecomDirectory.Person(userid, or(f.get("Name"), old == null ? userid : old.name()), depts,
                or(f.get("Position"), old == null ? null : old.position()), or(f.get("Mobile"), old == null ? null : old.mobile()),
                or(f.get("Email"), old == null ? null : old.email()),
                blank(f.get("Status")) != null ? Integer.valueOf(f.get("Status")) : old == null ? null : old.status());
    }

    private static String or(String value, String fallback) {
        return blank(value) != null ? value : fallback;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Long number(String s) {
        return blank(s) == null ? null : Long.valueOf(s.trim());
    }
}
