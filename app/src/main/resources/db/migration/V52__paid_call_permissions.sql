-- 工商查询/补全 and 关系挖掘 spend the enterprise's money, so they become permissions of their own.
-- Registry lookups needed customer:create or customer:edit, mining and 其客户 needed customer:view: every role
-- keeps what it could do, except the built-in 销售 role, which keeps lookup but no longer mines.
-- Flyway runs as the owner, so this sees the roles of every tenant.
insert into role_permission(tenant_id, role_id, permission)
select distinct tenant_id, role_id, 'registry:lookup' from role_permission
where permission in ('customer:create', 'customer:edit')
on conflict do nothing;

insert into role_permission(tenant_id, role_id, permission)
select rp.tenant_id, rp.role_id, 'intel:mine' from role_permission rp
join role r on r.id = rp.role_id
where rp.permission = 'customer:view' and not (r.builtin and r.name = '销售')
on conflict do nothing;
