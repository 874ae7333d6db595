-- Daily call budgets are counted here rather than in each app node's memory, so that nodes sharing
-- the database share one count and a budget holds however many nodes call the same connection.
-- One row per connection and day; a call takes a slot with a conditional update before it is sent.
create table call_budget_use (
  tenant_id      bigint not null default qike_tenant() references tenant(id),
  connection_id  bigint not null,
  day            date not null,
  used           bigint not null,
  primary key (tenant_id, connection_id, day)
);
alter table call_budget_use enable row level security;
create policy tenant_isolation on call_budget_use using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
