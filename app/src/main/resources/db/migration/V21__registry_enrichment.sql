-- Background enrichment (工商批量补全) and the scheduled refresh of old registry data. A job lists its
-- customers up front; each is claimed, enriched and marked done in one transaction, so a job resumes
-- after a restart where it stopped and never enriches a customer twice.

create table registry_enrichment (
  id           bigint generated always as identity primary key,
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  kind         text not null check (kind in ('ENRICH', 'REFRESH')),
  status       text not null default 'RUNNING' check (status in ('RUNNING', 'PAUSED', 'DONE')),
  run_as       text not null,
  total        int not null default 0,
  message      text,
  created_at   timestamptz not null default now(),
  finished_at  timestamptz
);
create index registry_enrichment_open on registry_enrichment (tenant_id) where status <> 'DONE';

create table registry_enrichment_item (
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  enrichment_id  bigint not null references registry_enrichment(id) on delete cascade,
  customer_id    bigint not null references customer(id) on delete cascade,
  status         text not null default 'PENDING'
                 check (status in ('PENDING', 'CLAIMED', 'ENRICHED', 'UNCHANGED', 'NOT_FOUND', 'SKIPPED', 'FAILED')),
  claimed_at     timestamptz,
  message        text,
  primary key (enrichment_id, customer_id)
);
create index registry_enrichment_item_open on registry_enrichment_item (enrichment_id) where status in ('PENDING', 'CLAIMED');

do $$
declare t text;
begin
  foreach t in array array['registry_enrichment', 'registry_enrichment_item'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant())', t);
  end loop;
end $$;

-- When a node last ran the registry's periodic work; one row per task, claimed by a conditional update
-- so that among several nodes only one runs it per period. Holds no tenant data.
create table registry_schedule (
  name         text primary key,
  last_run_at  timestamptz not null
);
insert into registry_schedule values ('tick', '-infinity');

-- The tenants the periodic work concerns (registry switched on), seen across tenants by the scheduler:
-- only ids, the login the work runs as, and whether a job is open. Security definer, so row-level
-- security does not hide the other tenants from this one query.
create function registry_scheduled_tenants() returns table (tenant_id bigint, run_as text, open_job boolean)
language sql stable security definer set search_path = public as $$
  select s.tenant_id, s.updated_by, exists (select 1 from registry_enrichment e where e.tenant_id = s.tenant_id and e.status <> 'DONE')
  from registry_settings s where s.enabled and s.primary_provider is not null and s.updated_by is not null
$$;
