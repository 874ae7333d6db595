-- Credit-code prefixes and phone suffixes are searched within one tenant: with tenant_id first the
-- index finds exactly the tenant's matches, and the capped count stops after reading the cap.
drop index customer_credit_prefix_idx;
create index customer_credit_prefix_idx on customer (tenant_id, credit_code text_pattern_ops);
drop index customer_phone_rev_idx;
create index customer_phone_rev_idx on customer (tenant_id, phone_rev text_pattern_ops) where phone_rev <> '';
