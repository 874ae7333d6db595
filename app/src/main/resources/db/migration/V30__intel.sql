-- Relationship intelligence (企查查 客户查询 and 合作关系挖掘): per-tenant settings, the companies we
-- made customers from relationship data (by 企查查 KeyNo), saved company lists (名单), and partnership
-- mining runs with every call and every relation found, so a run can resume after a restart and a
-- later run can show what changed. Tenant-scoped by row-level security, as in V1.

create table intel_settings (
  tenant_id         bigint primary key default qike_tenant() references tenant(id),
  partnership_cost  numeric(12, 4),
  updated_at        timestamptz not null default now()
);

-- 企查查 identifies companies by KeyNo; a company listed again under its KeyNo is recognised as ours
-- even when its name changed.
create table intel_company_key (
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  key_no       text not null,
  customer_id  bigint not null references customer(id) on delete cascade,
  primary key (tenant_id, key_no)
);
create index intel_company_key_customer_idx on intel_company_key(customer_id);

create table intel_company_list (
  id          bigint generated always as identity primary key,
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  name        text not null,
  created_by  bigint not null references app_user(id),
  created_at  timestamptz not null default now(),
  unique (tenant_id, name)
);

create table intel_company_list_item (
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  list_id        bigint not null references intel_company_list(id) on delete cascade,
  position       int not null,
  name           text not null,
  key_no         text,
  found_for      text,
  year           text,
  sales_amount   numeric(18, 2),
  sales_percent  numeric(7, 2),
  relationship   text,
  source         text,
  primary key (list_id, position),
  unique (list_id, name)
);

create table intel_partnership_run (
  id               bigint generated always as identity primary key,
  tenant_id        bigint not null default qike_tenant() references tenant(id),
  status           text not null check (status in ('RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
  origin           text,
  companies        jsonb not null,
  plan             jsonb not null,
  planned_calls    int not null,
  lower_bound      int not null,
  naive_calls      int not null,
  construction     text not null,
  calls_done       int not null default 0,
  job_id           bigint,
  previous_run_id  bigint references intel_partnership_run(id) on delete set null,
  error            text,
  created_by       bigint not null references app_user(id),
  created_at       timestamptz not null default now(),
  finished_at      timestamptz
);
create index intel_partnership_run_recent_idx on intel_partnership_run(tenant_id, created_at desc);

create table intel_partnership_call (
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  run_id       bigint not null references intel_partnership_run(id) on delete cascade,
  call_index   int not null,
  request_id   text,
  outcome      text not null check (outcome in ('SUCCESS', 'EMPTY')),
  relations    int not null,
  called_at    timestamptz not null default now(),
  primary key (run_id, call_index)
);

-- One row per distinct relation of a run: relation_key is the unordered pair with amount, date and
-- source, so the same relation reported by two calls (or under both companies) is kept once.
create table intel_relation (
  tenant_id             bigint not null default qike_tenant() references tenant(id),
  run_id                bigint not null references intel_partnership_run(id) on delete cascade,
  relation_key          text not null,
  company_name          text not null,
  related_company_name  text not null,
  amount                numeric(18, 4),
  public_date           text,
  source                text,
  request_id            text,
  call_index            int not null,
  primary key (run_id, relation_key)
);

do $$
declare t text;
begin
  foreach t in array array['intel_settings', 'intel_company_key', 'intel_company_list', 'intel_company_list_item',
                           'intel_partnership_run', 'intel_partnership_call', 'intel_relation'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant())', t);
  end loop;
end $$;
