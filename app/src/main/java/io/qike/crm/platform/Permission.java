package io.qike.crm.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.security.core.annotation.ExpressionTemplateValueProvider;

/**
 * The function permissions a role can grant (角色权限). Each carries the code stored in
 * {@code role_permission} and used as the user's authority, written {@code object:action}; the codes
 * never change, so stored roles stay valid. Services check them with {@link RequiresPermission} or
 * {@link RequiresAnyPermission}; templates ask {@code ${me.can('CUSTOMER_EDIT')}}.
 */
public enum Permission implements ExpressionTemplateValueProvider {
    CUSTOMER_VIEW("customer:view"), CUSTOMER_CREATE("customer:create"), CUSTOMER_EDIT("customer:edit"),
    CUSTOMER_DELETE("customer:delete"), CUSTOMER_IMPORT("customer:import"), CUSTOMER_EXPORT("customer:export"),
    CUSTOMER_ASSIGN("customer:assign"),
    /** Merge duplicate customers into one (合并): the others' contacts, records and data move to the survivor. */
    CUSTOMER_MERGE("customer:merge"),
    CONTACT_VIEW("contact:view"), CONTACT_CREATE("contact:create"), CONTACT_EDIT("contact:edit"),
    CONTACT_DELETE("contact:delete"), CONTACT_IMPORT("contact:import"), CONTACT_EXPORT("contact:export"),
    CONTACT_ASSIGN("contact:assign"),
    SALESRECORD_VIEW("salesrecord:view"), SALESRECORD_CREATE("salesrecord:create"), SALESRECORD_EDIT("salesrecord:edit"),
    SALESRECORD_DELETE("salesrecord:delete"), SALESRECORD_IMPORT("salesrecord:import"), SALESRECORD_EXPORT("salesrecord:export"),
    SALESRECORD_ASSIGN("salesrecord:assign"),
    /** Edit sales records that other users wrote; one's own need only salesrecord:edit. */
    SALESRECORD_EDIT_OTHERS("salesrecord:edit-others"),
    /** Delete sales records that other users wrote; one's own need only salesrecord:delete. */
    SALESRECORD_DELETE_OTHERS("salesrecord:delete-others"),
    LEAD_VIEW("lead:view"), LEAD_CREATE("lead:create"), LEAD_EDIT("lead:edit"),
    LEAD_DELETE("lead:delete"), LEAD_IMPORT("lead:import"), LEAD_EXPORT("lead:export"),
    LEAD_ASSIGN("lead:assign"),
    /** 转换: turn a lead into a customer and contact (and an opportunity). */
    LEAD_CONVERT("lead:convert"),
    OPPORTUNITY_VIEW("opportunity:view"), OPPORTUNITY_CREATE("opportunity:create"), OPPORTUNITY_EDIT("opportunity:edit"),
    OPPORTUNITY_DELETE("opportunity:delete"), OPPORTUNITY_IMPORT("opportunity:import"), OPPORTUNITY_EXPORT("opportunity:export"),
    OPPORTUNITY_ASSIGN("opportunity:assign"),
    /** 领取: take a lead from a lead pool or a customer from a public pool (公海) one is a member of, within the caps. */
    POOL_CLAIM("pool:claim"),
    /** 退回: give one's own lead or customer back to a pool, with a reason. */
    POOL_RETURN("pool:return"),
    /** 工商查询 and 补全: search the registry, 工商新建, refresh and enrichment, each a paid provider call. */
    REGISTRY_LOOKUP("registry:lookup"),
    /** 关系挖掘 and 其客户 fetches: paid 企查查 relationship calls. */
    INTEL_MINE("intel:mine"),
    /** See and delete company lists that other users saved; without it a list is its creator's alone. */
    INTEL_LISTS_OTHERS("intel:lists-others"),
    /** See and stop relationship-mining runs that other users started; without it a run is its starter's alone. */
    INTEL_RUNS_OTHERS("intel:runs-others", true),
    /** Organisation: departments, users and roles. */
    ADMIN_ORG("admin:org", true),
    ADMIN_FIELDS("admin:fields", true),
    ADMIN_AUDIT("admin:audit", true),
    /** The integration centre, the relationship-data and registry settings. */
    ADMIN_INTEGRATION("admin:integration", true),
    /** 企业微信对接: the corp, its secrets and callback, and the self-diagnosis (常见问题). */
    ADMIN_WECOM("admin:wecom", true),
    /** 销售设置: lead pools, public pools with their recycle rules and caps, sales processes and their stages. */
    ADMIN_SALES("admin:sales", true);

    /** The objects whose permissions the role editor shows as a grid of object × action. */
    public static final List<String> RECORD_OBJECTS = List.of("customer", "contact", "salesrecord", "lead", "opportunity");
    public static final List<String> RECORD_ACTIONS = List.of("view", "create", "edit", "delete", "import", "export", "assign");

    private final String code;
    private final boolean administrative;

    Permission(String code) {
        this(code, false);
    }

    Permission(String code, boolean administrative) {
        this.code = code;
        this.administrative = administrative;
    }

    /** The stored form and the authority name, for example {@code customer:edit}. */
    public String code() {
        return code;
    }

    /** The message key of its label in the role editor. */
    public String messageKey() {
        return "perm." + code;
    }

    /** Administration, kept out of the default sales roles. */
    public boolean administrative() {
        return administrative;
    }

    /** One cell of the role editor's object × action grid. */
    public boolean onRecords() {
        return RECORD_OBJECTS.contains(object()) && RECORD_ACTIONS.contains(action());
    }

    public String object() {
        return code.substring(0, code.indexOf(':'));
    }

    public String action() {
        return code.substring(code.indexOf(':') + 1);
    }

    public static Optional<Permission> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /** The codes of the permissions that match, in declaration order (role seeding). */
    public static List<String> codes(Predicate<Permission> which) {
        return Arrays.stream(values()).filter(which).map(Permission::code).toList();
    }

    /** The permissions outside the grid, listed one by one in the role editor. */
    public static List<Permission> others() {
        return Arrays.stream(values()).filter(p -> !p.onRecords()).toList();
    }

    /** What a {@code {value}} placeholder in a permission annotation becomes: the quoted code. */
    @Override
    public String getExpressionTemplateValue() {
        return "'" + code + "'";
    }
}
