-- Integration centre (ESB中心): connectors, connections, interfaces, action flows with their
-- versions, run logs and the call ledger. Every table is tenant-scoped by row-level security, as
-- in V1. Credentials are stored encrypted (AES-GCM) by the application, never in clear.

create table integration_connector (
  id           bigint generated always as identity primary key,
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  name         text not null,
  description  text,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  unique (tenant_id, name)
);

create table integration_connection (
  id             bigint generated always as identity primary key,
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  connector_id   bigint not null references integration_connector(id) on delete cascade,
  name           text not null,
  base_url       text not null,
  auth_scheme    text not null check (auth_scheme in ('NONE', 'QUERY_KEY', 'HEADER_KEY', 'QICHACHA_TOKEN', 'QIXIN_SIGN', 'BASIC', 'BEARER')),
  auth_param     text,
  key_cipher     text,
  key_hint       text,
  secret_cipher  text,
  secret_hint    text,
  limits         jsonb not null default '{}',
  enabled        boolean not null default true,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  unique (tenant_id, connector_id, name)
);
create index integration_connection_connector_idx on integration_connection(tenant_id, connector_id);

create table integration_interface (
  id            bigint generated always as identity primary key,
  tenant_id     bigint not null default qike_tenant() references tenant(id),
  connector_id  bigint not null references integration_connector(id) on delete cascade,
  api_name      text not null,
  name          text not null,
  definition    jsonb not null,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  unique (tenant_id, connector_id, api_name)
);

create table action_flow (
  id           bigint generated always as identity primary key,
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  api_name     text not null,
  name         text not null,
  description  text,
  enabled      boolean not null default true,
  version      int not null default 1,
  definition   jsonb not null,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  unique (tenant_id, api_name)
);

-- Every saved version of a flow, so a run log can be read against the definition that ran.
create table action_flow_version (
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  flow_id     bigint not null references action_flow(id) on delete cascade,
  version     int not null,
  definition  jsonb not null,
  saved_at    timestamptz not null default now(),
  saved_by    text,
  primary key (flow_id, version)
);

-- Runs of flows and interface test calls; no foreign key, a run outlives its flow.
create table flow_run (
  id             bigint generated always as identity primary key,
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  kind           text not null check (kind in ('FLOW', 'TEST_CALL')),
  flow_api_name  text not null,
  flow_version   int,
  status         text not null check (status in ('SUCCESS', 'EMPTY', 'FAILURE')),
  code           text,
  message        text,
  started_at     timestamptz not null default now(),
  duration_ms    bigint not null default 0,
  user_name      text,
  inputs         jsonb,
  outputs        jsonb,
  nodes          jsonb,
  error          text
);
create index flow_run_started_idx on flow_run(tenant_id, started_at desc);
create index flow_run_flow_idx on flow_run(tenant_id, flow_api_name, started_at desc);

create table call_ledger (
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  day            date not null,
  connection_id  bigint not null,
  interface_id   bigint not null,
  calls          bigint not null default 0,
  successes      bigint not null default 0,
  empties        bigint not null default 0,
  failures       bigint not null default 0,
  latency_ms     bigint not null default 0,
  cost           numeric(16, 4) not null default 0,
  primary key (tenant_id, day, connection_id, interface_id)
);
create index call_ledger_connection_idx on call_ledger(tenant_id, connection_id, day);

do $$
declare t text;
begin
  foreach t in array array['integration_connector', 'integration_connection', 'integration_interface', 'action_flow',
                           'action_flow_version', 'flow_run', 'call_ledger'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant())', t);
  end loop;
end $$;
