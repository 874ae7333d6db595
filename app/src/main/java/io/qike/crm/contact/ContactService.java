package io.qike.crm.contact;

import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.VisibleOwners;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts: list, read, create, edit, delete; UI, API and imports share these methods. */
@Service
public class ContactService {
    private static final Pattern MOBILE = Pattern.compile("^\\+?[0-9][0-9 -]{4,19}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String SELECT = """
            select t.*, t.custom::text as custom_json, c.name as customer_name, u.display_name as owner_name
            from contact t left join customer c on c.id = t.customer_id join app_user u on u.id = t.owner_id
            """;
    private final JdbcClient jdbc;
    private final DataScopes scopes;
    private final CustomFields customFields;
    private final CustomerService customers;
    private final AuditLog audit;

    ContactService(JdbcClient jdbc, DataScopes scopes, CustomFields customFields, CustomerService customers, AuditLog audit) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.customFields = customFields;
        this.customers = customers;
        this.audit = audit;
    }

    @RequiresPermission(Permission.CONTACT_VIEW)
    public ContactPage search(String q, Long customerId, int page, int size) {
        VisibleOwners visible = scopes.current();
        int pageSize = size <= 0 ? 20 : Math.min(size, 2000);
        StringBuilder where = new StringBuilder(" where ").append(visible.sqlCondition("t.owner_id"));
        Map<String, Object> params = new HashMap<>(visible.parameters());
        if (q != null && !q.isBlank()) {
            where.append(" and (t.name ilike :q or t.mobile like :q or t.email ilike :q)");
            params.put("q", "%" + q.trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (customerId != null) { where.append(" and t.customer_id = :customerId"); params.put("customerId", customerId); }
        List<Contact> items = jdbc.sql(SELECT + where + " order by t.id desc limit :limit offset :offset").params(params)
                .param("limit", pageSize).param("offset", Math.max(0, page) * pageSize).query(this::map).list();
        long total = jdbc.sql("select count(*) from contact t" + where).params(params).query(Long.class).single();
        return new ContactPage(items, total, Math.max(0, page), pageSize);
    }

    @RequiresPermission(Permission.CONTACT_VIEW)
    public Contact get(long id) {
        VisibleOwners visible = scopes.current();
        return jdbc.sql(SELECT + " where t.id = :id and " + visible.sqlCondition("t.owner_id")).param("id", id)
                .params(visible.parameters()).query(this::map).optional().orElseThrow(() -> new NotFoundException("contact", id));
    }

    @Transactional
    @RequiresPermission(Permission.CONTACT_CREATE)
    public long create(ContactDraft draft) {
        QikeUser me = CurrentUser.require();
        long owner = ownerFor(draft.ownerId(), me);
        String custom = validate(draft, null);
        long id = jdbc.sql("""
                insert into contact(customer_id, name, mobile, email, title, wecom_external_userid, owner_id, custom)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id""")
                .params(draft.customerId(), draft.name().trim(), blank(draft.mobile()), blank(draft.email()), blank(draft.title()),
                        blank(draft.wecomExternalUserId()), owner, custom).query(Long.class).single();
        audit.record("CREATE", "CONTACT", id, draft.name().trim());
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.CONTACT_EDIT)
    public Contact update(long id, ContactDraft draft) {
        Contact before = get(id);
        QikeUser me = CurrentUser.require();
        long owner = draft.ownerId() == null || draft.ownerId() == before.ownerId() ? before.ownerId() : ownerFor(draft.ownerId(), me);
        String custom = validate(draft, id);
        jdbc.sql("""
                update contact set customer_id = ?, name = ?, mobile = ?, email = ?, title = ?, wecom_external_userid = ?,
                  owner_id = ?, custom = cast(? as jsonb), updated_at = now() where id = ?""")
                .params(draft.customerId(), draft.name().trim(), blank(draft.mobile()), blank(draft.email()), blank(draft.title()),
                        blank(draft.wecomExternalUserId()), owner, custom, id).update();
        Contact after = get(id);
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        Object[][] pairs = {{"name", before.name(), after.name()}, {"mobile", before.mobile(), after.mobile()},
                {"email", before.email(), after.email()}, {"title", before.title(), after.title()},
                {"customer", before.customerName(), after.customerName()}, {"owner", before.ownerName(), after.ownerName()},
                {"custom", before.custom(), after.custom()}};
        for (Object[] p : pairs) if (!Objects.equals(p[1], p[2])) changes.put((String) p[0], new AuditLog.Change(p[1], p[2]));
        audit.record("UPDATE", "CONTACT", id, after.name(), changes);
        return after;
    }

    @Transactional
    @RequiresPermission(Permission.CONTACT_DELETE)
    public void delete(long id) {
        Contact c = get(id);
        jdbc.sql("delete from contact where id = ?").param(id).update();
        audit.record("DELETE", "CONTACT", id, c.name());
    }

    public ContactDraft draftOf(Contact c) {
        return new ContactDraft(c.customerId(), c.name(), c.mobile(), c.email(), c.title(), c.wecomExternalUserId(), c.ownerId(),
                c.custom());
    }

    String validate(ContactDraft d, Long selfId) {
        List<FieldProblem> p = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) p.add(FieldProblem.of("name", "required"));
        else if (d.name().trim().length() > 50) p.add(FieldProblem.of("name", "too_long", 50));
        if (d.mobile() != null && !d.mobile().isBlank() && !MOBILE.matcher(d.mobile().trim()).matches()) p.add(FieldProblem.of("mobile", "phone"));
        if (d.email() != null && !d.email().isBlank() && !EMAIL.matcher(d.email().trim()).matches()) p.add(FieldProblem.of("email", "email"));
        if (d.title() != null && d.title().length() > 50) p.add(FieldProblem.of("title", "too_long", 50));
        if (d.customerId() != null) {
            try {
                customers.get(d.customerId());
            } catch (NotFoundException e) {
                p.add(FieldProblem.of("customerId", "customer_not_found"));
            }
        }
        String custom = customFields.validate(CustomObject.CONTACT, d.custom(), selfId, p);
        if (!p.isEmpty()) throw new InvalidInputException(p);
        return custom;
    }

    private long ownerFor(Long requested, QikeUser me) {
        if (requested == null || requested == me.userId()) return me.userId();
        if (!me.can(Permission.CONTACT_ASSIGN)) throw new InvalidInputException(FieldProblem.of("ownerId", "assign_forbidden"));
        if (jdbc.sql("select count(*) from app_user where id = ?").param(requested).query(Integer.class).single() == 0) {
            throw new InvalidInputException(FieldProblem.of("ownerId", "not_found"));
        }
        return requested;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Contact map(ResultSet rs, int i) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getObject("customer_id", Long.class), rs.getString("customer_name"),
                rs.getString("name"), rs.getString("mobile"), rs.getString("email"), rs.getString("title"),
                rs.getString("wecom_external_userid"), rs.getLong("owner_id"), rs.getString("owner_name"),
                customFields.read(rs.getString("custom_json")), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
