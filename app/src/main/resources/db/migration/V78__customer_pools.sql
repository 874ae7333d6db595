-- 公海 (module pool): public customer pools, who may use them, the most customers a role's users may own, and the log
-- of every move of a customer between an owner and a pool.

create table customer_pool (
  id                 bigint generated always as identity primary key,
  tenant_id          bigint not null default qike_tenant() references tenant(id),
  name               text not null,
  -- the customer fields members see before they claim (the name always)
  visible_fields     text[] not null default '{}',
  -- the most customers one user may claim from this pool per (enterprise-local) day; null: no limit
  daily_claim_limit  integer check (daily_claim_limit >= 0),
  -- days a user must wait before claiming again a customer they returned
  cooling_days       integer not null default 0 check (cooling_days >= 0),
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now()
);
create unique index customer_pool_name_uq on customer_pool(tenant_id, name);
alter table customer_pool enable row level security;
create policy tenant_isolation on customer_pool using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- Members (a user, or a department with the departments below it) and administrators (users) of a pool.
create table customer_pool_member (
  id             bigint generated always as identity primary key,
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  pool_id        bigint not null references customer_pool(id) on delete cascade,
  role           text not null check (role in ('MEMBER', 'ADMIN')),
  user_id        bigint references app_user(id) on delete cascade,
  department_id  bigint references department(id) on delete cascade,
  check ((user_id is null) <> (department_id is null) and (role = 'MEMBER' or user_id is not null))
);
create unique index customer_pool_member_uq on customer_pool_member(tenant_id, pool_id, role, coalesce(user_id, 0), coalesce(department_id, 0));
alter table customer_pool_member enable row level security;
create policy tenant_isolation on customer_pool_member using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- 客户保有量上限: the most customers a user of this role may own. A user's cap is the largest of their roles' caps,
-- and none when one of their roles has none (like permissions, roles add up).
create table customer_pool_role_cap (
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  role_id        bigint not null references role(id) on delete cascade,
  max_customers  integer not null check (max_customers >= 0),
  primary key (tenant_id, role_id)
);
alter table customer_pool_role_cap enable row level security;
create policy tenant_isolation on customer_pool_role_cap using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- A customer is owned (owner_id) or in a pool (pool_id), never both, never neither. owner_since: when its owner got
-- it from a pool (claim or assignment), where the recycle rules start counting when it was never followed up.
alter table customer alter column owner_id drop not null;
alter table customer add column pool_id bigint references customer_pool(id);
alter table customer add column owner_since timestamptz;
alter table customer add constraint customer_owner_or_pool check ((owner_id is null) = (pool_id is not null));
create index customer_pool_idx on customer(tenant_id, pool_id, id) where pool_id is not null;

-- Every move between an owner and a pool: CLAIM (领取), RETURN (退回, with its reason), MOVE (an admin moved an owned
-- customer into the pool), ASSIGN (an admin gave a pool customer to a user), RECYCLE (a rule, named by rule_id).
create table customer_pool_move (
  id            bigint generated always as identity primary key,
  tenant_id     bigint not null default qike_tenant() references tenant(id),
  customer_id   bigint not null references customer(id) on delete cascade,
  pool_id       bigint not null references customer_pool(id) on delete cascade,
  kind          text not null check (kind in ('CLAIM', 'RETURN', 'MOVE', 'ASSIGN', 'RECYCLE')),
  from_user_id  bigint references app_user(id),
  to_user_id    bigint references app_user(id),
  by_user_id    bigint references app_user(id),
  rule_id       bigint,
  reason        text,
  moved_at      timestamptz not null default now()
);
create index customer_pool_move_claims_idx on customer_pool_move(tenant_id, to_user_id, pool_id, moved_at) where kind = 'CLAIM';
create index customer_pool_move_returns_idx on customer_pool_move(tenant_id, customer_id, from_user_id, moved_at) where kind = 'RETURN';
create index customer_pool_move_pool_idx on customer_pool_move(tenant_id, pool_id, moved_at);
alter table customer_pool_move enable row level security;
create policy tenant_isolation on customer_pool_move using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
