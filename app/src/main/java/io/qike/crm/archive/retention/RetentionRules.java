package io.qike.crm.archive.retention;

import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.DepartmentService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of automatic retention, edited by WeCom administrators (ADMIN_WECOM) as a whole. */
@Service
public class RetentionRules {
    static final int MAX = 200;
    private final RetentionRuleRepository rules;
    private final DepartmentService departments;
    private final CustomerService customers;
    private final CustomerDirectory customerNames;

    RetentionRules(RetentionRuleRepository rules, DepartmentService departments, CustomerService customers, CustomerDirectory customerNames) {
        this.rules = rules;
        this.departments = departments;
        this.customers = customers;
        this.customerNames = customerNames;
    }

    @RequiresPermission(Permission.ADMIN_WECOM)
    public List<RetentionRule> list() {
        List<RetentionRule> all = rules.all();
        Map<Long, String> names = customerNames.names(all.stream().map(RetentionRule::customerId).filter(java.util.Objects::nonNull).toList());
        return all.stream().map(r -> new RetentionRule(r.scope(), r.departmentId(), r.customerId(), switch (r.scope()) {
            case RetentionRule.DEPARTMENT -> departmentName(r.departmentId());
            case RetentionRule.CUSTOMER -> names.get(r.customerId());
            default -> null;
        })).toList();
    }

    /** Replaces the rules; an empty list turns automatic retention off. */
    @Transactional
    @RequiresPermission(Permission.ADMIN_WECOM)
    public List<RetentionRule> replace(List<RetentionRule> wanted) {
        List<RetentionRule> in = wanted == null ? List.of() : wanted;
        if (in.size() > MAX) throw new InvalidInputException(FieldProblem.of("rules", "too_many", MAX));
        List<FieldProblem> problems = new ArrayList<>();
        Set<RetentionRule> checked = new LinkedHashSet<>();
        for (int i = 0; i < in.size(); i++) {
            RetentionRule r = in.get(i);
            String field = "rules[" + i + "]";
            String scope = r == null || r.scope() == null ? "" : r.scope().trim().toUpperCase(java.util.Locale.ROOT);
            switch (scope) {
                case RetentionRule.ENTERPRISE -> checked.add(new RetentionRule(scope, null, null, null));
                case RetentionRule.DEPARTMENT -> {
                    if (r.departmentId() == null || departmentName(r.departmentId()) == null) problems.add(FieldProblem.of(field + ".departmentId", "invalid"));
                    else checked.add(new RetentionRule(scope, r.departmentId(), null, null));
                }
                case RetentionRule.CUSTOMER -> {
                    if (r.customerId() == null || !customerExists(r.customerId())) problems.add(FieldProblem.of(field + ".customerId", "customer_not_found"));
                    else checked.add(new RetentionRule(scope, null, r.customerId(), null));
                }
                default -> problems.add(FieldProblem.of(field + ".scope", "invalid_option"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        rules.replace(new ArrayList<>(checked), CurrentUser.require().userId());
        return list();
    }

    private String departmentName(long id) {
        try {
            return departments.get(id).name();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private boolean customerExists(long id) {
        try {
            customers.get(id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
