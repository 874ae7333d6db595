-- Background jobs (bulk enrichment, partnership mining, ...): progress and a resume point, so a
-- job survives a restart and any node can take over a job whose node stopped beating.
create table background_job (
  id             bigint generated always as identity primary key,
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  kind           text not null,
  status         text not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
  total          int not null default 0,
  done           int not null default 0,
  params         jsonb not null default '{}',
  checkpoint     text,
  result         jsonb,
  error_message  text,
  created_by     bigint not null references app_user(id),
  created_at     timestamptz not null default now(),
  started_at     timestamptz,
  finished_at    timestamptz,
  heartbeat_at   timestamptz,
  node           text
);
create index background_job_kind_idx on background_job (tenant_id, kind, created_at desc);
create index background_job_open_idx on background_job (heartbeat_at) where status in ('QUEUED', 'RUNNING');

alter table background_job enable row level security;
create policy tenant_isolation on background_job using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
