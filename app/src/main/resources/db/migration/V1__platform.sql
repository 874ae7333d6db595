-- Platform: tenants, organisation, roles, tokens, audit. Tenant isolation is enforced by
-- row-level security keyed by the session setting qike.tenant_id, set once per connection
-- borrow by the application's DataSource; the application runs as role qike_app, which
-- cannot bypass RLS. Flyway and system tasks run as the owner.
create extension if not exists pg_trgm;

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'qike_app') then
    create role qike_app nologin nobypassrls;
  end if;
end $$;
grant qike_app to current_user;
grant usage on schema public to qike_app;
alter default privileges in schema public grant select, insert, update, delete on tables to qike_app;
alter default privileges in schema public grant usage, select on sequences to qike_app;
alter default privileges in schema public grant execute on functions to qike_app;

-- The tenant of the current connection, or null when none is set (then no row is visible).
create function qike_tenant() returns bigint language sql stable parallel safe as
$$ select nullif(current_setting('qike.tenant_id', true), '')::bigint $$;

create table tenant (
  id          bigint generated always as identity primary key,
  code        text not null unique,
  name        text not null,
  created_at  timestamptz not null default now()
);

create table department (
  id          bigint generated always as identity primary key,
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  parent_id   bigint references department(id),
  name        text not null,
  sort        int not null default 0,
  created_at  timestamptz not null default now()
);
create index department_tenant_idx on department(tenant_id, parent_id);

create table app_user (
  id             bigint generated always as identity primary key,
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  login          text not null,
  display_name   text not null,
  mobile         text,
  email          text,
  department_id  bigint references department(id),
  manager_id     bigint references app_user(id),
  password_hash  text not null,
  status         text not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED')),
  failed_logins  int not null default 0,
  locked_until   timestamptz,
  created_at     timestamptz not null default now()
);
-- Login names are unique across tenants so that login needs no tenant picker.
create unique index app_user_login_uq on app_user(lower(login));
create index app_user_tenant_idx on app_user(tenant_id, department_id);

create table role (
  id          bigint generated always as identity primary key,
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  name        text not null,
  data_scope  text not null check (data_scope in ('SELF', 'SELF_AND_SUBORDINATES', 'DEPARTMENT', 'DEPARTMENT_AND_CHILDREN', 'ALL')),
  builtin     boolean not null default false,
  created_at  timestamptz not null default now(),
  unique (tenant_id, name)
);

create table role_permission (
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  role_id     bigint not null references role(id) on delete cascade,
  permission  text not null,
  primary key (role_id, permission)
);

create table user_role (
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  user_id     bigint not null references app_user(id) on delete cascade,
  role_id     bigint not null references role(id) on delete cascade,
  primary key (user_id, role_id)
);

create table api_token (
  id            bigint generated always as identity primary key,
  tenant_id     bigint not null default qike_tenant() references tenant(id),
  user_id       bigint not null references app_user(id) on delete cascade,
  name          text not null,
  kind          text not null check (kind in ('SESSION', 'PERSONAL')),
  token_digest  text not null unique,
  token_hint    text not null,
  created_at    timestamptz not null default now(),
  expires_at    timestamptz,
  revoked       boolean not null default false
);
create index api_token_user_idx on api_token(tenant_id, user_id);

create table audit_log (
  id           bigint generated always as identity primary key,
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  at           timestamptz not null default now(),
  user_id      bigint,
  user_name    text,
  action       text not null,
  object_type  text not null,
  object_id    bigint,
  object_name  text,
  changes      jsonb
);
create index audit_log_tenant_at_idx on audit_log(tenant_id, at desc);
create index audit_log_object_idx on audit_log(tenant_id, object_type, object_id);

create table event_publication (
  id                     uuid not null primary key,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamptz not null,
  completion_date        timestamptz,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash(serialized_event);
create index event_publication_by_completion_date_idx on event_publication(completion_date);

do $$
declare t text;
begin
  foreach t in array array['department', 'app_user', 'role', 'role_permission', 'user_role', 'api_token', 'audit_log'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant())', t);
  end loop;
end $$;
-- A tenant sees its own row only.
alter table tenant enable row level security;
create policy tenant_isolation on tenant using (id = qike_tenant());

-- Login names are unique across tenants, which a tenant cannot see: answer only "taken or not".
create function app_user_login_taken(p_login text, p_self bigint) returns setof bigint
  language sql stable security definer set search_path = public as
$$ select id from app_user where lower(login) = lower(p_login) and (p_self is null or id <> p_self) $$;
