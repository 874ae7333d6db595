-- 合并客户: merging duplicates takes a right of its own, customer:merge. A merge deletes the customers
-- merged away, so every role that may delete customers gets it; no one else gains a right.
-- Flyway runs as the owner, so this sees the roles of every tenant.
insert into role_permission(tenant_id, role_id, permission)
select tenant_id, role_id, 'customer:merge' from role_permission where permission = 'customer:delete'
on conflict do nothing;

-- The customers merged away and the customer they were merged into, so that an old link still leads
-- to the surviving customer.
create table customer_merge (
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  merged_id    bigint not null,
  survivor_id  bigint not null references customer(id) on delete cascade,
  merged_name  text not null,
  merged_by    bigint not null references app_user(id),
  merged_at    timestamptz not null default now(),
  primary key (tenant_id, merged_id)
);
create index customer_merge_survivor_idx on customer_merge(tenant_id, survivor_id);

alter table customer_merge enable row level security;
create policy tenant_isolation on customer_merge using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
