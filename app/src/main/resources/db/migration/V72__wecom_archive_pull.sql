-- 会话内容存档 (module archive): the pulled messages and the durable cursor of each corp's pull.

-- One row per enterprise and corp: the last seq stored (advanced in the transaction that stores its batch,
-- by compare-and-set), the lease of the one puller allowed at a time, and how the last pull ended.
create table wecom_archive_cursor (
  tenant_id         bigint not null default qike_tenant() references tenant(id),
  corp_id           text not null,
  seq               bigint not null default 0,
  lease_owner       text,
  lease_until       timestamptz,
  last_pull_at      timestamptz,
  last_outcome      text,
  last_errcode      integer,
  last_error        text,
  messages_stored   bigint not null default 0,
  primary key (tenant_id, corp_id)
);
alter table wecom_archive_cursor enable row level security;
create policy tenant_isolation on wecom_archive_cursor using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- Every archived item, once per msgid: decrypted, or failed with its reason and the encrypted item kept so
-- that it can be decrypted later (a key version added afterwards).
create table wecom_archive_message (
  tenant_id           bigint not null default qike_tenant() references tenant(id),
  msgid               text not null,
  corp_id             text not null,
  seq                 bigint not null,
  key_version         integer not null,
  status              text not null check (status in ('decrypted', 'failed')),
  fail_reason         text,
  encrypt_random_key  text,
  encrypt_chat_msg    text,
  action              text,
  msgtype             text,
  from_id             text,
  tolist              text[] not null default '{}',
  roomid              text,
  msgtime             timestamptz,
  conversation        text,
  content             jsonb,
  revokes             text,
  sdkfileid           text,
  md5sum              text,
  filesize            bigint,
  recalled_by         text,
  recalled_at         timestamptz,
  external            boolean not null default false,
  stored_at           timestamptz not null default now(),
  primary key (tenant_id, msgid),
  check (status = 'decrypted' or (encrypt_random_key is not null and encrypt_chat_msg is not null))
);
create index wecom_archive_message_conversation_idx on wecom_archive_message(tenant_id, conversation, msgtime);
create index wecom_archive_message_failed_idx on wecom_archive_message(tenant_id, key_version, seq) where status = 'failed';
create index wecom_archive_message_revokes_idx on wecom_archive_message(tenant_id, revokes) where revokes is not null;
alter table wecom_archive_message enable row level security;
create policy tenant_isolation on wecom_archive_message using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- The scheduled pull: every enterprise with a WeCom connection (the key ring says whether its archive is set up).
-- Security definer: the schedule has no tenant yet.
create function qike_archive_pull_tenants() returns table (tenant_id bigint)
  language sql stable security definer set search_path = public as $$
  select c.tenant_id from wecom_connection c order by c.tenant_id
$$;
revoke all on function qike_archive_pull_tenants() from public;
grant execute on function qike_archive_pull_tenants() to qike_app;
