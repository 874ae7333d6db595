-- 会话内容存档 (module archive): the media of archived messages (image, voice, video, file, emotion), fetched in the
-- background with GetMediaData, checked against their md5sum and kept in the file store.

create table wecom_archive_media (
  tenant_id        bigint not null default qike_tenant() references tenant(id),
  msgid            text not null,
  seq              bigint not null,
  msgtype          text not null,
  sdkfileid        text not null,
  md5sum           text,
  expected_size    bigint,
  status           text not null default 'pending' check (status in ('pending', 'fetching', 'fetched', 'failed')),
  attempts         integer not null default 0,
  next_attempt_at  timestamptz not null default now(),
  lease_until      timestamptz,
  last_error       text,
  file_hash        text,
  fetched_size     bigint,
  fetched_at       timestamptz,
  created_at       timestamptz not null default now(),
  primary key (tenant_id, msgid)
);
create index wecom_archive_media_due_idx on wecom_archive_media(tenant_id, next_attempt_at) where status in ('pending', 'fetching');
create index wecom_archive_media_seq_idx on wecom_archive_media(tenant_id, seq);
alter table wecom_archive_media enable row level security;
create policy tenant_isolation on wecom_archive_media using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
