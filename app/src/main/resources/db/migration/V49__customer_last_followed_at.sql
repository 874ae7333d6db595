-- 最后跟进: when the customer's latest sales record happened, kept on the customer so that the list can
-- show it, filter on it and sort by it at a million customers without reading the sales records.
-- The sales records module keeps it current through the customer module's API (CustomerFollowUps).
alter table customer add column last_followed_at timestamptz;

update customer c set last_followed_at = s.latest
from (select customer_id, max(occurred_at) as latest from sales_record group by customer_id) s
where s.customer_id = c.id;

-- Sorting by it: the whole tenant's customers (everyone's scope) and one owner's (a sales rep's), tenant first
-- like the other list indexes; customers never followed up come last when the newest are first.
create index customer_tenant_followed_idx on customer (tenant_id, last_followed_at desc nulls last, id desc);
create index customer_tenant_owner_followed_idx on customer (tenant_id, owner_id, last_followed_at desc nulls last, id desc);
