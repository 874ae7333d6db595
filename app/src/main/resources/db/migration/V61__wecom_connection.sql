-- 企业微信对接 (module wecom): one WeCom corp per enterprise, its secrets sealed like the integration
-- centre's credentials (platform SecretBox), the callback inbox, the replay window, and the directory
-- and binding tables that the contacts sync and member binding fill.

-- 系统对接管理 → 企业微信对接 is administration of its own; every role that administers the integration
-- centre gets it, no one else gains a right. Flyway runs as the owner, so this sees every tenant's roles.
insert into role_permission(tenant_id, role_id, permission)
select tenant_id, role_id, 'admin:wecom' from role_permission where permission = 'admin:integration'
on conflict do nothing;

create table wecom_connection (
  tenant_id              bigint primary key default qike_tenant() references tenant(id),
  -- One corp binds to exactly one enterprise, across all enterprises of this Qike.
  corp_id                text not null unique,
  agent_id               integer,
  agent_secret           text,
  contacts_secret        text,
  customer_secret        text,
  callback_token         text,
  encoding_aes_key       text,
  base_url               text not null,
  updated_at             timestamptz not null default now(),
  callback_verified_at   timestamptz
);
alter table wecom_connection enable row level security;
create policy tenant_isolation on wecom_connection using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- The callback URL names the corp, not the enterprise: the unauthenticated callback finds its enterprise
-- here (and nothing else of the row), before any tenant is known.
create function qike_wecom_tenant_of(corp text) returns bigint
  language sql stable security definer set search_path = public
  as $$ select tenant_id from wecom_connection where corp_id = corp $$;
revoke all on function qike_wecom_tenant_of(text) from public;
grant execute on function qike_wecom_tenant_of(text) to qike_app;

-- Events WeCom pushed, stored before "success" is answered and handled afterwards.
create table wecom_callback_event (
  id            bigint generated always as identity primary key,
  tenant_id     bigint not null default qike_tenant() references tenant(id),
  corp_id       text not null,
  event         text not null,
  change_type   text,
  payload       text not null,
  received_at   timestamptz not null default now(),
  processed_at  timestamptz,
  attempts      integer not null default 0,
  error         text
);
create index wecom_callback_event_pending_idx on wecom_callback_event(tenant_id, id) where processed_at is null;
create index wecom_callback_event_last_idx on wecom_callback_event(tenant_id, event, received_at desc);
alter table wecom_callback_event enable row level security;
create policy tenant_isolation on wecom_callback_event using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- msg_signature + nonce seen within the replay window; older rows are pruned.
create table wecom_callback_nonce (
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  msg_signature  text not null,
  nonce          text not null,
  seen_at        timestamptz not null default now(),
  primary key (tenant_id, msg_signature, nonce)
);
alter table wecom_callback_nonce enable row level security;
create policy tenant_isolation on wecom_callback_nonce using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- The corp's address book as the contacts sync last saw it.
create table wecom_department (
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  id          bigint not null,
  parent_id   bigint,
  name        text not null,
  "order"     bigint not null default 0,
  synced_at   timestamptz not null default now(),
  primary key (tenant_id, id)
);
alter table wecom_department enable row level security;
create policy tenant_isolation on wecom_department using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

create table wecom_member (
  tenant_id         bigint not null default qike_tenant() references tenant(id),
  userid            text not null,
  name              text not null,
  department_ids    bigint[] not null default '{}',
  position          text,
  mobile            text,
  email             text,
  status            integer,
  in_visible_range  boolean not null default false,
  seated            boolean not null default false,
  synced_at         timestamptz not null default now(),
  removed_at        timestamptz,
  primary key (tenant_id, userid)
);
alter table wecom_member enable row level security;
create policy tenant_isolation on wecom_member using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- A WeCom member bound to a Qike user: one each way.
create table wecom_binding (
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  userid      text not null,
  user_id     bigint not null references app_user(id) on delete cascade,
  bound_by    bigint references app_user(id),
  bound_at    timestamptz not null default now(),
  primary key (tenant_id, userid),
  unique (tenant_id, user_id)
);
alter table wecom_binding enable row level security;
create policy tenant_isolation on wecom_binding using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
