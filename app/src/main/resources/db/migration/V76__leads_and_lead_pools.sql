-- 销售线索 and 线索池 (module lead): leads, the pools they wait in (members, admins, a per-user cap, assignment rules), each user's
-- holding counter per pool (the row a claim locks), and a lead's history (claims, assignments, returns with their
-- reason, conversion).

-- Leads carry custom fields like customers and contacts.
alter table custom_field drop constraint custom_field_object_type_check;
alter table custom_field add constraint custom_field_object_type_check
  check (object_type in ('CUSTOMER', 'CONTACT', 'SALES_RECORD', 'LEAD'));

create table lead_pool (
  id          bigint generated always as identity primary key,
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  name        text not null,
  -- The most leads of this pool one member may hold (claimed and still open) at a time.
  claim_cap   integer not null default 20 check (claim_cap >= 0),
  -- How a lead entering the pool (form, API, import) gets an owner: none (it waits), round robin over the members,
  -- or by its region or source (lead_pool_rule_target); round robin goes on after the member it last chose.
  assign_rule       text not null default 'NONE' check (assign_rule in ('NONE', 'ROUND_ROBIN', 'REGION', 'SOURCE')),
  last_assigned_to  bigint references app_user(id) on delete set null,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
create unique index lead_pool_name_uq on lead_pool(tenant_id, name);
alter table lead_pool enable row level security;
create policy tenant_isolation on lead_pool using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- Members: a department (with the departments below it) or a user; admins: users.
create table lead_pool_member (
  id             bigint generated always as identity primary key,
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  pool_id        bigint not null references lead_pool(id) on delete cascade,
  department_id  bigint references department(id) on delete cascade,
  user_id        bigint references app_user(id) on delete cascade,
  check ((department_id is null) <> (user_id is null))
);
create unique index lead_pool_member_uq on lead_pool_member(tenant_id, pool_id, coalesce(department_id, 0), coalesce(user_id, 0));
alter table lead_pool_member enable row level security;
create policy tenant_isolation on lead_pool_member using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- Assignment by region or source: the member who gets the pool's new leads of this region (or source).
create table lead_pool_rule_target (
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  pool_id      bigint not null references lead_pool(id) on delete cascade,
  match_value  text not null,
  user_id      bigint not null references app_user(id) on delete cascade,
  primary key (tenant_id, pool_id, match_value)
);
alter table lead_pool_rule_target enable row level security;
create policy tenant_isolation on lead_pool_rule_target using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

create table lead_pool_admin (
  tenant_id  bigint not null default qike_tenant() references tenant(id),
  pool_id    bigint not null references lead_pool(id) on delete cascade,
  user_id    bigint not null references app_user(id) on delete cascade,
  primary key (tenant_id, pool_id, user_id)
);
alter table lead_pool_admin enable row level security;
create policy tenant_isolation on lead_pool_admin using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

create table lead (
  id                     bigint generated always as identity primary key,
  tenant_id              bigint not null default qike_tenant() references tenant(id),
  company_name           text not null,
  contact_name           text,
  mobile                 text,
  email                  text,
  source                 text,
  region                 text,
  status                 text not null default 'NEW' check (status in ('NEW', 'FOLLOWING', 'CONVERTED', 'INVALID')),
  -- Null while the lead waits in its pool; a claimed lead keeps its pool (it counts against the holder's cap).
  owner_id               bigint references app_user(id),
  pool_id                bigint references lead_pool(id) on delete set null,
  custom                 jsonb not null default '{}',
  converted_customer_id  bigint references customer(id) on delete set null,
  converted_at           timestamptz,
  created_by             bigint references app_user(id),
  created_at             timestamptz not null default now(),
  updated_at             timestamptz not null default now(),
  version                integer not null default 0,
  check (owner_id is not null or pool_id is not null)
);
create index lead_tenant_id_idx on lead(tenant_id, id desc);
create index lead_tenant_owner_idx on lead(tenant_id, owner_id, id desc);
create index lead_pool_open_idx on lead(tenant_id, pool_id, id desc) where owner_id is null;
create index lead_pool_held_idx on lead(tenant_id, pool_id, owner_id) where owner_id is not null and status in ('NEW', 'FOLLOWING');
create index lead_company_trgm_idx on lead using gin(company_name gin_trgm_ops);
create index lead_custom_idx on lead using gin(custom jsonb_path_ops);
alter table lead enable row level security;
create policy tenant_isolation on lead using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- One row per member and pool: a claim locks it (select … for update) before it counts the member's open leads of
-- the pool, so two claims of one member under the cap run one after the other, never both on the last place.
create table lead_pool_holding (
  tenant_id  bigint not null default qike_tenant() references tenant(id),
  pool_id    bigint not null references lead_pool(id) on delete cascade,
  user_id    bigint not null references app_user(id) on delete cascade,
  claims     bigint not null default 0,
  primary key (tenant_id, pool_id, user_id)
);
alter table lead_pool_holding enable row level security;
create policy tenant_isolation on lead_pool_holding using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- What happened to a lead beyond its field edits: claimed, assigned, returned (with the reason), converted.
create table lead_event (
  id          bigint generated always as identity primary key,
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  lead_id     bigint not null references lead(id) on delete cascade,
  kind        text not null check (kind in ('CREATED', 'CLAIMED', 'ASSIGNED', 'RETURNED', 'CONVERTED')),
  actor_id    bigint references app_user(id),
  owner_id    bigint references app_user(id),
  pool_id     bigint references lead_pool(id) on delete set null,
  reason      text,
  created_at  timestamptz not null default now()
);
create index lead_event_lead_idx on lead_event(tenant_id, lead_id, id);
alter table lead_event enable row level security;
create policy tenant_isolation on lead_event using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
