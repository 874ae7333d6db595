-- 企业微信通讯录 sync log and the app's purchased seats (module wecom, packages wecom.directory / wecom.binding).

-- One full sync of the corp's directory: what it found and changed, and how it went (notes are message keys
-- saying which way the directory was read; the error is WeCom's errcode, explained on the page).
create table wecom_directory_sync (
  id                bigint generated always as identity primary key,
  tenant_id         bigint not null default qike_tenant() references tenant(id),
  job_id            bigint,
  scheduled         boolean not null default false,
  started_at        timestamptz not null default now(),
  finished_at       timestamptz,
  departments       integer not null default 0,
  members           integer not null default 0,
  members_added     integer not null default 0,
  members_changed   integer not null default 0,
  members_removed   integer not null default 0,
  in_visible_range  integer not null default 0,
  unseated          integer not null default 0,
  notes             text[] not null default '{}',
  errcode           integer,
  error_key         text
);
create index wecom_directory_sync_recent_idx on wecom_directory_sync(tenant_id, id desc);
alter table wecom_directory_sync enable row level security;
create policy tenant_isolation on wecom_directory_sync using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- 可用人数: WeCom's API does not report the seats bought for the app, so the administrator enters them.
create table wecom_app_seats (
  tenant_id   bigint primary key default qike_tenant() references tenant(id),
  purchased   integer,
  updated_at  timestamptz not null default now()
);
alter table wecom_app_seats enable row level security;
create policy tenant_isolation on wecom_app_seats using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

create index wecom_member_name_idx on wecom_member(tenant_id, name);

-- The nightly sync: every connected enterprise with the active administrator of WeCom it runs as (the one
-- who last started a sync by hand, else the first). Security definer: the schedule has no tenant yet.
create function qike_wecom_sync_tenants() returns table (tenant_id bigint, run_as bigint)
  language sql stable security definer set search_path = public as $$
  select c.tenant_id, coalesce(
    (select j.created_by from wecom_directory_sync s join background_job j on j.id = s.job_id
       join app_user u on u.id = j.created_by and u.status = 'ACTIVE'
      where s.tenant_id = c.tenant_id and not s.scheduled order by s.id desc limit 1),
    (select min(u.id) from app_user u join user_role ur on ur.user_id = u.id
       join role_permission rp on rp.role_id = ur.role_id and rp.permission = 'admin:wecom'
      where u.tenant_id = c.tenant_id and u.status = 'ACTIVE'))
  from wecom_connection c
$$;
revoke all on function qike_wecom_sync_tenants() from public;
grant execute on function qike_wecom_sync_tenants() to qike_app;
