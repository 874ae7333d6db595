-- 企业微信外部联系人 (module wecom): the external contacts of bound members as WeCom last described them, which
-- Qike contact each is bound to, and which members follow it (remark, tags, how and when they added it).

create table wecom_external_contact (
  tenant_id        bigint not null default qike_tenant() references tenant(id),
  external_userid  text not null,
  name             text not null,
  -- 1 personal WeChat, 2 WeCom user (with a corp)
  type             integer not null,
  corp_name        text,
  corp_full_name   text,
  position         text,
  contact_id       bigint references contact(id) on delete set null,
  linked_by        bigint references app_user(id),
  linked_at        timestamptz,
  synced_at        timestamptz not null default now(),
  primary key (tenant_id, external_userid)
);
-- A Qike contact is one person: bound to at most one external contact.
create unique index wecom_external_contact_contact_idx on wecom_external_contact(tenant_id, contact_id) where contact_id is not null;
alter table wecom_external_contact enable row level security;
create policy tenant_isolation on wecom_external_contact using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

create table wecom_external_follow (
  tenant_id        bigint not null default qike_tenant() references tenant(id),
  external_userid  text not null,
  userid           text not null,
  remark           text,
  description      text,
  tag_ids          text[] not null default '{}',
  add_way          integer,
  added_at         timestamptz,
  synced_at        timestamptz not null default now(),
  primary key (tenant_id, external_userid, userid),
  foreign key (tenant_id, external_userid) references wecom_external_contact(tenant_id, external_userid) on delete cascade
);
create index wecom_external_follow_member_idx on wecom_external_follow(tenant_id, userid);
alter table wecom_external_follow enable row level security;
create policy tenant_isolation on wecom_external_follow using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
