-- Business registry (工商信息): one settings row per tenant and the daily count of lookups that the
-- cache answered, so the cost page can set calls saved against calls paid. Row-level security as
-- in V1 and V10.

create table registry_settings (
  tenant_id           bigint primary key default qike_tenant() references tenant(id),
  enabled             boolean not null default false,
  primary_provider    text check (primary_provider in ('qixin', 'tianyancha', 'qichacha')),
  fallback_provider   text check (fallback_provider in ('qixin', 'tianyancha', 'qichacha')),
  search_ttl_minutes  int not null default 1440,
  detail_ttl_minutes  int not null default 10080,
  refresh_after_days  int not null default 180,
  -- per provider: the bound search and detail flows and the field mapping of the detail flow
  sources             jsonb not null default '{}',
  updated_at          timestamptz not null default now(),
  updated_by          text,
  check (fallback_provider is null or fallback_provider <> primary_provider)
);

create table registry_cache_hits (
  tenant_id  bigint not null default qike_tenant() references tenant(id),
  day        date not null,
  provider   text not null,
  kind       text not null check (kind in ('search', 'detail')),
  hits       bigint not null default 0,
  primary key (tenant_id, day, provider, kind)
);

do $$
declare t text;
begin
  foreach t in array array['registry_settings', 'registry_cache_hits'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant())', t);
  end loop;
end $$;
