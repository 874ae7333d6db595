-- 消息提醒: one row per recipient (the in-app bell reads it), one delivery per outside channel (worked later,
-- retried with back-off, never created twice), and each user's 接收消息 switch per channel (no row: on).
create table notification (
  id          bigserial primary key,
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  user_id     bigint not null references app_user(id),
  kind        text not null,
  title_key   text not null,
  title_args  jsonb not null default '[]',
  body_key    text,
  body_args   jsonb not null default '[]',
  link        text,
  h5_link     text,
  -- A notification that must reach a user once only (a budget reached, once a day) names itself here.
  once_key    text,
  created_at  timestamptz not null default now(),
  read_at     timestamptz
);
create index notification_inbox_idx on notification(tenant_id, user_id, id desc);
create index notification_unread_idx on notification(tenant_id, user_id) where read_at is null;
create unique index notification_once_idx on notification(tenant_id, user_id, once_key) where once_key is not null;

create table notification_delivery (
  id               bigserial primary key,
  tenant_id        bigint not null default qike_tenant() references tenant(id),
  notification_id  bigint not null references notification(id) on delete cascade,
  user_id          bigint not null references app_user(id),
  channel          text not null,
  status           text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
  attempts         int not null default 0,
  next_attempt_at  timestamptz not null default now(),
  lease_until      timestamptz,
  last_error       text,
  delivered_at     timestamptz,
  created_at       timestamptz not null default now()
);
create unique index notification_delivery_once_idx on notification_delivery(tenant_id, notification_id, channel);
create index notification_delivery_due_idx on notification_delivery(next_attempt_at) where status in ('pending', 'sending');
create index notification_delivery_failed_idx on notification_delivery(tenant_id, user_id) where status = 'failed';

create table notification_preference (
  tenant_id  bigint not null default qike_tenant() references tenant(id),
  user_id    bigint not null references app_user(id),
  channel    text not null,
  enabled    boolean not null,
  primary key (tenant_id, user_id, channel)
);

do $$
declare t text;
begin
  foreach t in array array['notification', 'notification_delivery', 'notification_preference'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant())', t);
  end loop;
end $$;

-- The delivery worker runs for the whole installation with no tenant: this names the tenants with deliveries due
-- (waiting ones whose time came, and ones whose sender's lease ran out); it then works each as that tenant.
create function notify_due_tenants() returns table (tenant_id bigint)
language sql stable security definer set search_path = public as $$
  select distinct d.tenant_id from notification_delivery d
  where (d.status = 'pending' and d.next_attempt_at <= now()) or (d.status = 'sending' and d.lease_until < now())
$$;
