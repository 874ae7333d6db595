-- 商机 (module opportunity): sales processes with their stages, opportunities of a customer on a stage, and their
-- product lines. Every enterprise has a default process (seeded here for the existing ones, by
-- opportunity.DefaultSalesProcess for new ones).

create table sales_process (
  id          bigint generated always as identity primary key,
  tenant_id   bigint not null default qike_tenant() references tenant(id),
  name        text not null,
  is_default  boolean not null default false,
  created_at  timestamptz not null default now()
);
create unique index sales_process_name_uq on sales_process(tenant_id, name);
create unique index sales_process_default_uq on sales_process(tenant_id) where is_default;
alter table sales_process enable row level security;
create policy tenant_isolation on sales_process using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- A stage: its place in the process (position, smallest first), the win probability it suggests, and its kind:
-- OPEN stages are the pipeline, a WON or LOST stage closes the opportunity (with a reason).
create table sales_stage (
  id           bigint generated always as identity primary key,
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  process_id   bigint not null references sales_process(id) on delete cascade,
  name         text not null,
  position     integer not null,
  probability  smallint not null check (probability between 0 and 100),
  kind         text not null check (kind in ('OPEN', 'WON', 'LOST'))
);
create unique index sales_stage_name_uq on sales_stage(tenant_id, process_id, name);
create index sales_stage_process_idx on sales_stage(tenant_id, process_id, position);
alter table sales_stage enable row level security;
create policy tenant_isolation on sales_stage using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- An opportunity. Its status follows the kind of its stage; a closed one has its reason and when it closed.
-- reached_position: the position of the furthest OPEN stage it ever stood on (the funnel's conversion rates).
create table opportunity (
  id                 bigint generated always as identity primary key,
  tenant_id          bigint not null default qike_tenant() references tenant(id),
  customer_id        bigint not null references customer(id) on delete cascade,
  name               text not null,
  amount             numeric(18,2) not null default 0,
  expected_close_on  date,
  process_id         bigint not null references sales_process(id),
  stage_id           bigint not null references sales_stage(id),
  probability        smallint not null check (probability between 0 and 100),
  reached_position   integer not null default 0,
  owner_id           bigint not null references app_user(id),
  status             text not null default 'OPEN' check (status in ('OPEN', 'WON', 'LOST')),
  close_reason       text,
  closed_at          timestamptz,
  custom             jsonb not null default '{}'::jsonb,
  created_by         bigint references app_user(id),
  source_lead_id     bigint,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  check ((status = 'OPEN') = (closed_at is null)),
  check (status = 'OPEN' or close_reason is not null)
);
-- The list of a scope (newest first, by owner: a manager's team is a few owners, a rep one).
create index opportunity_owner_idx on opportunity(tenant_id, owner_id, id);
-- The kanban's cards, most recently changed first at each stage: per owner of the scope, or for everyone.
create index opportunity_owner_board_idx on opportunity(tenant_id, owner_id, stage_id, updated_at desc, id desc);
create index opportunity_stage_board_idx on opportunity(tenant_id, stage_id, updated_at desc, id desc);
-- The kanban's counts and the funnel: index-only scans of the scope's opportunities of a process.
create index opportunity_owner_funnel_idx on opportunity(tenant_id, owner_id, process_id) include (stage_id, status, reached_position, amount);
create index opportunity_process_funnel_idx on opportunity(tenant_id, process_id) include (stage_id, status, reached_position, amount);
create index opportunity_customer_idx on opportunity(tenant_id, customer_id);
-- A converted lead (lead.LeadConverted) opens one opportunity, however often the event is handed over.
create unique index opportunity_lead_uq on opportunity(tenant_id, source_lead_id) where source_lead_id is not null;
alter table opportunity enable row level security;
create policy tenant_isolation on opportunity using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- Product lines (a product catalogue comes later): when an opportunity has lines, its amount is their sum.
create table opportunity_line (
  id              bigint generated always as identity primary key,
  tenant_id       bigint not null default qike_tenant() references tenant(id),
  opportunity_id  bigint not null references opportunity(id) on delete cascade,
  position        integer not null,
  name            text not null,
  quantity        numeric(18,2) not null check (quantity > 0),
  unit_price      numeric(18,2) not null check (unit_price >= 0)
);
create index opportunity_line_opportunity_idx on opportunity_line(tenant_id, opportunity_id, position);
alter table opportunity_line enable row level security;
create policy tenant_isolation on opportunity_line using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- Opportunities carry custom fields.
alter table custom_field drop constraint custom_field_object_type_check;
alter table custom_field add constraint custom_field_object_type_check
  check (object_type in ('CUSTOMER', 'CONTACT', 'SALES_RECORD', 'LEAD', 'OPPORTUNITY'));

-- The default process of every existing enterprise (new ones get it when they are created).
insert into sales_process (tenant_id, name, is_default) select id, '标准销售流程', true from tenant;
insert into sales_stage (tenant_id, process_id, name, position, probability, kind)
select p.tenant_id, p.id, s.name, s.position, s.probability, s.kind
from sales_process p cross join (values ('初步接洽', 1, 10, 'OPEN'), ('需求确认', 2, 30, 'OPEN'), ('方案报价', 3, 50, 'OPEN'),
  ('谈判审核', 4, 70, 'OPEN'), ('赢单', 5, 100, 'WON'), ('输单', 6, 0, 'LOST')) s(name, position, probability, kind);
