-- Step 11 (sales funnel): the roles an enterprise already has get the new objects' permissions the way a new
-- enterprise's roles do (TenantProvisioning): whoever may do something with customers may do the same with leads
-- and opportunities, whoever may create customers may claim, return and convert, and the organisation's
-- administrators get 销售设置.
insert into role_permission (tenant_id, role_id, permission)
select rp.tenant_id, rp.role_id, o.object || ':' || substr(rp.permission, 10)
from role_permission rp cross join (values ('lead'), ('opportunity')) o(object)
where rp.permission like 'customer:%' and substr(rp.permission, 10) in ('view', 'create', 'edit', 'delete', 'import', 'export', 'assign')
on conflict do nothing;

insert into role_permission (tenant_id, role_id, permission)
select rp.tenant_id, rp.role_id, x.permission
from role_permission rp cross join (values ('pool:claim'), ('pool:return'), ('lead:convert')) x(permission)
where rp.permission = 'customer:create'
on conflict do nothing;

insert into role_permission (tenant_id, role_id, permission)
select tenant_id, role_id, 'admin:sales' from role_permission where permission = 'admin:org'
on conflict do nothing;

-- 商机 figures kept on the customer by the opportunity module through customer.CustomerDeals, so that the
-- public pool's recycle rules stay one set-based statement on the customer table:
-- the highest win probability among the customer's open opportunities (null: none open) and its latest win.
alter table customer add column open_deal_probability smallint;
alter table customer add column last_won_at timestamptz;
