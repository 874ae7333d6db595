-- Background enrichment (工商批量补全) and the scheduled refresh of old registry data. They run as
-- platform background jobs (kind registry.enrich, see V12); this table only lists each job's customers
-- and their outcomes. A customer's outcome commits together with the job's checkpoint, so a job resumes
-- after a restart where it stopped and never enriches a customer twice. PENDING items are the customers
-- still waiting: in a running job, or in one the providers stopped (budget, outage) until the scheduler
-- hands them to a new job (they become CONTINUED) or the job was cancelled (CANCELLED).
create table registry_enrichment_item (
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  job_id       bigint not null references background_job(id) on delete cascade,
  customer_id  bigint not null references customer(id) on delete cascade,
  status       text not null default 'PENDING' check (status in
                 ('PENDING', 'ENRICHED', 'UNCHANGED', 'NOT_FOUND', 'SKIPPED', 'FAILED', 'CONTINUED', 'CANCELLED')),
  message      text,
  primary key (job_id, customer_id)
);
create index registry_enrichment_item_pending on registry_enrichment_item (tenant_id, customer_id) where status = 'PENDING';

alter table registry_enrichment_item enable row level security;
create policy tenant_isolation on registry_enrichment_item using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- When a node last ran the registry's periodic work; one row per task, claimed by a conditional update
-- so that among several nodes only one runs it per period. Holds no tenant data.
create table registry_schedule (
  name         text primary key,
  last_run_at  timestamptz not null
);
insert into registry_schedule values ('tick', '-infinity');

-- The tenants the periodic work concerns (registry switched on), seen across tenants by the scheduler:
-- only ids and the login the work runs as. Security definer, so row-level security does not hide the
-- other tenants from this one query.
create function registry_scheduled_tenants() returns table (tenant_id bigint, run_as text)
language sql stable security definer set search_path = public as $$
  select s.tenant_id, s.updated_by
  from registry_settings s where s.enabled and s.primary_provider is not null and s.updated_by is not null
$$;
