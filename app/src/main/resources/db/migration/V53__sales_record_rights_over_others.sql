-- Editing and deleting a sales record now takes the author, or a right over other users' records:
-- salesrecord:edit and salesrecord:delete cover one's own records, salesrecord:edit-others and
-- salesrecord:delete-others those of others. A role that sees more than its own records (a manager's,
-- an administrator's) keeps correcting its team's records; a role limited to its own records (a sales
-- rep's) no longer changes what a colleague wrote on one of its customers.
-- Flyway runs as the owner, so this sees the roles of every tenant.
insert into role_permission(tenant_id, role_id, permission)
select rp.tenant_id, rp.role_id, 'salesrecord:edit-others'
from role_permission rp join role r on r.id = rp.role_id
where rp.permission = 'salesrecord:edit' and r.data_scope <> 'SELF'
on conflict do nothing;

insert into role_permission(tenant_id, role_id, permission)
select rp.tenant_id, rp.role_id, 'salesrecord:delete-others'
from role_permission rp join role r on r.id = rp.role_id
where rp.permission = 'salesrecord:delete' and r.data_scope <> 'SELF'
on conflict do nothing;
