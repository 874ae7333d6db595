-- 会话内容留存 (module archive, retention): the transcripts a user made of a conversation for a record not yet
-- published, the rules of automatic retention and each customer's retention cursor.

-- A sales record of an archived WeCom chat has a type of its own.
alter table sales_record drop constraint sales_record_type_check;
alter table sales_record add constraint sales_record_type_check check (type in ('VISIT', 'CALL', 'WECOM', 'WECOM_CHAT', 'OTHER'));

-- A transcript (an HTML file in the file store) made by a user from an external contact's conversation, held until
-- the record it is for is published with it; only its maker reads it.
create table wecom_archive_transcript (
  id               uuid primary key,
  tenant_id        bigint not null default qike_tenant() references tenant(id),
  user_id          bigint not null references app_user(id) on delete cascade,
  external_userid  text not null,
  file_name        text not null,
  sha256           text not null,
  size_bytes       bigint not null,
  text             text not null,
  messages         integer not null,
  created_at       timestamptz not null default now()
);
create index wecom_archive_transcript_user_idx on wecom_archive_transcript(tenant_id, user_id, created_at);
alter table wecom_archive_transcript enable row level security;
create policy tenant_isolation on wecom_archive_transcript using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- Automatic retention: the whole enterprise, a department (with its sub-departments: customers of that department),
-- or one customer. The run acts in the name of the member's user, or of the administrator who saved the rules.
create table wecom_archive_retention_rule (
  id             bigint generated always as identity primary key,
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  scope          text not null check (scope in ('ENTERPRISE', 'DEPARTMENT', 'CUSTOMER')),
  department_id  bigint references department(id) on delete cascade,
  customer_id    bigint references customer(id) on delete cascade,
  saved_by       bigint not null references app_user(id),
  saved_at       timestamptz not null default now(),
  check ((scope = 'DEPARTMENT') = (department_id is not null) and (scope = 'CUSTOMER') = (customer_id is not null))
);
create unique index wecom_archive_retention_rule_uq on wecom_archive_retention_rule(tenant_id, scope, coalesce(department_id, 0), coalesce(customer_id, 0));
alter table wecom_archive_retention_rule enable row level security;
create policy tenant_isolation on wecom_archive_retention_rule using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- One row per customer and (enterprise-local) day that got its record: up to which archive seq the customer's
-- messages are retained. Written in the transaction that writes the record: the day taken means done.
create table wecom_archive_retention_cursor (
  tenant_id        bigint not null default qike_tenant() references tenant(id),
  customer_id      bigint not null references customer(id) on delete cascade,
  day              date not null,
  up_to_seq        bigint not null,
  messages         integer not null,
  sales_record_id  bigint references sales_record(id) on delete set null,
  created_at       timestamptz not null default now(),
  primary key (tenant_id, customer_id, day)
);
alter table wecom_archive_retention_cursor enable row level security;
create policy tenant_isolation on wecom_archive_retention_cursor using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- The scheduled run: every enterprise with a retention rule. Security definer: the schedule has no tenant yet.
create function qike_archive_retention_tenants() returns table (tenant_id bigint)
  language sql stable security definer set search_path = public as $$
  select distinct r.tenant_id from wecom_archive_retention_rule r order by r.tenant_id
$$;
revoke all on function qike_archive_retention_tenants() from public;
grant execute on function qike_archive_retention_tenants() to qike_app;
