-- 会话内容存档 configuration (module archive): the archive's own Secret and the self-built app's Secret (both sealed
-- with platform SecretBox, keyed by the tenant), the trusted IPs the admin pastes into WeCom, and the message-encryption
-- key pairs Qike generates. WeCom gives each public key a version (消息加密密钥版本号) that the admin enters here; a
-- private key is never deleted, so messages encrypted under any earlier version still decrypt.
create table wecom_archive_settings (
  tenant_id    bigint primary key default qike_tenant() references tenant(id),
  secret       text,
  app_secret   text,
  trusted_ips  text[] not null default '{}',
  updated_at   timestamptz not null default now()
);
alter table wecom_archive_settings enable row level security;
create policy tenant_isolation on wecom_archive_settings using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

create table wecom_archive_key (
  id               bigint generated always as identity primary key,
  tenant_id        bigint not null default qike_tenant() references tenant(id),
  public_key_pem   text not null,
  private_key      text not null,
  version          integer check (version > 0),
  -- SHA-256 of the DER public key, hex.
  fingerprint      text not null,
  created_at       timestamptz not null default now(),
  decrypted_count  bigint not null default 0,
  unique (tenant_id, version)
);
create index wecom_archive_key_tenant_idx on wecom_archive_key(tenant_id, id);
alter table wecom_archive_key enable row level security;
create policy tenant_isolation on wecom_archive_key using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
