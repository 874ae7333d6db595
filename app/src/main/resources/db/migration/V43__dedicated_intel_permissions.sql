-- Two intel rights borrowed other permissions: deleting a company list saved by another user needed
-- customer:delete, stopping a relationship-mining run started by another user needed admin:integration.
-- They get permissions of their own; every role that held the borrowed one keeps the right.
-- Flyway runs as the owner, so this sees the roles of every tenant.
insert into role_permission(tenant_id, role_id, permission)
select tenant_id, role_id, 'intel:lists-others' from role_permission where permission = 'customer:delete'
on conflict do nothing;

insert into role_permission(tenant_id, role_id, permission)
select tenant_id, role_id, 'intel:runs-others' from role_permission where permission = 'admin:integration'
on conflict do nothing;
