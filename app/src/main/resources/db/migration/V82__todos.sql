-- 待办事项 (module todo): to-dos on a lead, customer, contact or opportunity (or on nothing), with a due time, a
-- reminder time and an assignee. A system to-do (made from another module's event) names its kind and a once-key,
-- unique per enterprise, so an event handed over twice makes one to-do.
create table todo (
  id            bigserial primary key,
  tenant_id     bigint not null default qike_tenant() references tenant(id),
  -- The user's title; a system to-do's title is the message title_key with title_args, rendered in the reader's
  -- language (title then keeps the name it is about, for search).
  title         text not null,
  title_key     text,
  title_args    jsonb not null default '[]',
  note          text,
  subject_type  text check (subject_type in ('LEAD', 'CUSTOMER', 'CONTACT', 'OPPORTUNITY')),
  subject_id    bigint,
  due_at        timestamptz,
  remind_at     timestamptz,
  -- Set by the reminder run in the transaction that records the notification: set means sent (once).
  reminded_at   timestamptz,
  assignee_id   bigint not null references app_user(id),
  -- Null for a system to-do.
  creator_id    bigint references app_user(id),
  done_at       timestamptz,
  done_by       bigint references app_user(id),
  system_kind   text,
  once_key      text,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  version       integer not null default 0,
  check ((subject_type is null) = (subject_id is null)),
  check ((system_kind is null) = (once_key is null))
);
create unique index todo_once_idx on todo(tenant_id, once_key) where once_key is not null;
create index todo_assignee_idx on todo(tenant_id, assignee_id, due_at);
create index todo_subject_idx on todo(tenant_id, subject_type, subject_id);
create index todo_remind_idx on todo(remind_at) where reminded_at is null and done_at is null;
alter table todo enable row level security;
create policy tenant_isolation on todo using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- 下次跟进时间 of a sales record (module salesrecord owns the table; the to-do module makes the follow-up to-do).
alter table sales_record add column next_follow_up_at timestamptz;

-- The reminder run works for the whole installation with no tenant: this names the tenants with reminders due.
create function todo_remind_tenants(due timestamptz) returns table (tenant_id bigint)
language sql stable security definer set search_path = public as $$
  select distinct t.tenant_id from todo t where t.remind_at <= due and t.reminded_at is null and t.done_at is null
$$;
revoke all on function todo_remind_tenants(timestamptz) from public;
grant execute on function todo_remind_tenants(timestamptz) to qike_app;
