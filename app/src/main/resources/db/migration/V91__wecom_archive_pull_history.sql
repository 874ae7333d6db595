-- 会话内容存档: the recent pulls of each corp, for the 会话留存 tab and the diagnosis: which node pulled, from which
-- seq to which, how many new messages, and how it ended. Only pulls that held the lease are recorded (a pull refused
-- because another was running did nothing). The newest 200 per corp are kept.
create table wecom_archive_pull (
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  id           bigint generated always as identity,
  corp_id      text not null,
  node         text not null,
  started_at   timestamptz not null,
  finished_at  timestamptz not null default now(),
  from_seq     bigint not null,
  to_seq       bigint not null,
  stored       integer not null,
  outcome      text not null,
  errcode      integer,
  primary key (tenant_id, id)
);
create index wecom_archive_pull_corp on wecom_archive_pull (tenant_id, corp_id, id desc);
alter table wecom_archive_pull enable row level security;
create policy tenant_isolation on wecom_archive_pull using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
