-- 企业微信 H5: 附近客户, 外勤 and 工作圈.
--
-- A customer may carry where it is (latitude, longitude in WGS-84 degrees, and the address text the location
-- came with), set on the customer form or from a field visit. 附近客户 searches a box around the member on
-- these btree-indexed columns and orders the few candidates by great-circle distance (haversine) in SQL: this
-- runs on every PostgreSQL the product supports without asking for the cube/earthdistance extensions.
alter table customer add column latitude double precision,
                     add column longitude double precision,
                     add column location_address text;
alter table customer add constraint customer_location_pair check ((latitude is null) = (longitude is null)),
                     add constraint customer_latitude_range check (latitude between -90 and 90),
                     add constraint customer_longitude_range check (longitude between -180 and 180);
create index customer_location_idx on customer(tenant_id, latitude, longitude) where latitude is not null;

-- A sales record of type VISIT (外勤) made by a check-in keeps where the member was.
alter table sales_record add column latitude double precision,
                         add column longitude double precision,
                         add column location_address text;
alter table sales_record add constraint sales_record_location_pair check ((latitude is null) = (longitude is null));
create index sales_record_feed_idx on sales_record(tenant_id, occurred_at desc, id desc);

-- 工作圈 shares: a short post, optionally about a customer, seen by those whose data scope covers its author.
create table feed_share (
  id           bigint generated always as identity primary key,
  tenant_id    bigint not null default qike_tenant() references tenant(id),
  owner_id     bigint not null references app_user(id),
  customer_id  bigint references customer(id) on delete set null,
  content      text not null,
  created_at   timestamptz not null default now()
);
create index feed_share_created_idx on feed_share(tenant_id, created_at desc, id desc);

alter table feed_share enable row level security;
create policy tenant_isolation on feed_share using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());
