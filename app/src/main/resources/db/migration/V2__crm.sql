-- CRM objects: custom fields, customers, contacts, sales records and their attachments.

-- Character bigrams of a normalised text. A GIN index over them answers 2-character Chinese
-- keywords (the most common search), which a trigram index cannot.
create function qike_norm(s text) returns text language sql immutable parallel safe as
$$ select lower(translate(regexp_replace(coalesce(s, ''), '\s+', '', 'g'), '（）【】，．　', '()[],.')) $$;

create function qike_bigrams(s text) returns text[] language sql immutable parallel safe as
$$ select coalesce(array_agg(distinct substr(t, i, 2)), '{}')
     from (select qike_norm(s) as t) x, generate_series(1, length(t) - 1) i $$;

create table custom_field (
  id           bigint generated always as identity primary key,
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  object_type  text not null check (object_type in ('CUSTOMER', 'CONTACT', 'SALES_RECORD')),
  code         text not null,
  label        text not null,
  type         text not null,
  options      jsonb not null default '[]',
  required     boolean not null default false,
  is_unique    boolean not null default false,
  show_in_list boolean not null default true,
  sort         int not null default 0,
  created_at   timestamptz not null default now(),
  unique (tenant_id, object_type, code)
);

create table customer (
  id                   bigint generated always as identity primary key,
  tenant_id            bigint not null default qike_tenant() references tenant(id),
  name                 text not null,
  name_norm            text not null,
  name_bigrams         text[] generated always as (qike_bigrams(name)) stored,
  credit_code          text,
  legal_representative text,
  registered_capital   numeric(20, 4),
  capital_currency     text,
  established_on       date,
  registration_status  text,
  address              text,
  region               text,
  industry             text,
  business_scope       text,
  phone                text,
  phone_rev            text generated always as (reverse(regexp_replace(coalesce(phone, ''), '\D', '', 'g'))) stored,
  email                text,
  website              text,
  owner_id             bigint not null references app_user(id),
  department_id        bigint references department(id),
  source               text,
  level                text,
  tags                 text[] not null default '{}',
  registry_provider    text,
  registry_fetched_at  timestamptz,
  registry_payload     jsonb,
  custom               jsonb not null default '{}',
  created_by           bigint references app_user(id),
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  version              int not null default 0
);
create unique index customer_credit_code_uq on customer(tenant_id, credit_code) where credit_code is not null;
create index customer_credit_prefix_idx on customer(credit_code text_pattern_ops);
create index customer_phone_rev_idx on customer(phone_rev text_pattern_ops) where phone_rev <> '';
create index customer_bigrams_idx on customer using gin(name_bigrams);
create index customer_name_norm_trgm_idx on customer using gin(name_norm gin_trgm_ops);
create index customer_tenant_owner_idx on customer(tenant_id, owner_id, id desc);
create index customer_tenant_id_idx on customer(tenant_id, id desc);
create index customer_custom_idx on customer using gin(custom jsonb_path_ops);

create table contact (
  id                   bigint generated always as identity primary key,
  tenant_id            bigint not null default qike_tenant() references tenant(id),
  customer_id          bigint references customer(id) on delete cascade,
  name                 text not null,
  mobile               text,
  email                text,
  title                text,
  wecom_external_userid text,
  owner_id             bigint not null references app_user(id),
  custom               jsonb not null default '{}',
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now()
);
create index contact_customer_idx on contact(tenant_id, customer_id);
create index contact_tenant_id_idx on contact(tenant_id, id desc);
create index contact_name_trgm_idx on contact using gin(name gin_trgm_ops);

create table sales_record (
  id           bigint generated always as identity primary key,
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  customer_id  bigint not null references customer(id) on delete cascade,
  contact_id   bigint references contact(id) on delete set null,
  type         text not null check (type in ('VISIT', 'CALL', 'WECOM', 'OTHER')),
  content      text not null,
  occurred_at  timestamptz not null,
  owner_id     bigint not null references app_user(id),
  custom       jsonb not null default '{}',
  created_at   timestamptz not null default now()
);
create index sales_record_customer_idx on sales_record(tenant_id, customer_id, occurred_at desc);

create table attachment (
  id               bigint generated always as identity primary key,
  tenant_id        bigint not null default qike_tenant() references tenant(id),
  sales_record_id  bigint not null references sales_record(id) on delete cascade,
  file_name        text not null,
  content_type     text not null,
  size_bytes       bigint not null,
  sha256           text not null,
  created_at       timestamptz not null default now()
);
create index attachment_record_idx on attachment(tenant_id, sales_record_id);

create table import_job (
  id           bigint generated always as identity primary key,
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  user_id      bigint not null references app_user(id),
  object_type  text not null,
  file_name    text not null,
  status       text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  total_rows   int not null default 0,
  processed    int not null default 0,
  imported     int not null default 0,
  errors       jsonb not null default '[]',
  message      text,
  created_at   timestamptz not null default now(),
  finished_at  timestamptz
);
create index import_job_tenant_idx on import_job(tenant_id, created_at desc);

do $$
declare t text;
begin
  foreach t in array array['custom_field', 'customer', 'contact', 'sales_record', 'attachment', 'import_job'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant())', t);
  end loop;
end $$;
