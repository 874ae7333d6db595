-- 企业微信 H5 sign-in (module wecom): per enterprise, the address members were sent back to, the last successful
-- OAuth sign-in and the last error WeCom answered (50001 可信域名, 50002 使用人数超限, …), for the self-diagnosis;
-- and the public address of this Qike as members reach it, for the links in WeCom message cards.
create table wecom_login_status (
  tenant_id          bigint primary key default qike_tenant() references tenant(id),
  public_base_url    text,
  last_success_at    timestamptz,
  last_error         integer,
  last_error_host    text,
  last_error_userid  text,
  last_error_at      timestamptz
);
alter table wecom_login_status enable row level security;
create policy tenant_isolation on wecom_login_status using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
