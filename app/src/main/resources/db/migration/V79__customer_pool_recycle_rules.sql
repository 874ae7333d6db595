-- 公海 回收规则 (module pool): customers whose owner neglects them go back into a pool, one set-based statement a rule
-- a day. A rule applies to owned customers of the given levels (none given: every level).
create table customer_pool_rule (
  id                   bigint generated always as identity primary key,
  tenant_id            bigint not null default qike_tenant() references tenant(id),
  pool_id              bigint not null references customer_pool(id) on delete cascade,
  -- NO_FOLLOW_UP: no sales record for `days` days; NO_WON: no won opportunity for `days` days
  kind                 text not null check (kind in ('NO_FOLLOW_UP', 'NO_WON')),
  days                 integer not null check (days > 0),
  levels               text[] not null default '{}',
  -- warn the owner this many days before (0: no warning)
  warn_days            integer not null default 0 check (warn_days >= 0),
  -- never while an open opportunity's probability is at least this (null: no protection)
  protect_probability  smallint check (protect_probability between 0 and 100),
  enabled              boolean not null default true,
  created_at           timestamptz not null default now()
);
create index customer_pool_rule_pool_idx on customer_pool_rule(tenant_id, pool_id);
alter table customer_pool_rule enable row level security;
create policy tenant_isolation on customer_pool_rule using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- The warnings given: one per customer, rule and due date (the run inserts them all at once and tells only the owners
-- of the rows it inserted, so a warning is given once however often the run happens).
create table customer_pool_warning (
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  customer_id  bigint not null references customer(id) on delete cascade,
  rule_id      bigint not null references customer_pool_rule(id) on delete cascade,
  due_on       date not null,
  owner_id     bigint not null references app_user(id),
  warned_at    timestamptz not null default now(),
  primary key (tenant_id, customer_id, rule_id, due_on)
);
alter table customer_pool_warning enable row level security;
create policy tenant_isolation on customer_pool_warning using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- The daily run: every enterprise with an enabled rule. Security definer: the schedule has no tenant yet.
create function qike_pool_rule_tenants() returns table (tenant_id bigint)
  language sql stable security definer set search_path = public as $$
  select distinct r.tenant_id from customer_pool_rule r where r.enabled order by r.tenant_id
$$;
revoke all on function qike_pool_rule_tenants() from public;
grant execute on function qike_pool_rule_tenants() to qike_app;
