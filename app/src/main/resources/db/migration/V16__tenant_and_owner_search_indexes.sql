-- Name bigrams are searched within one tenant, and for a sales rep within their own customers. With
-- the bigrams alone in the index, PostgreSQL intersected a common bigram's matches with a bitmap of
-- the whole tenant built from the tenant index (50-80 ms for a tenant of 600,000 customers), and a
-- rep's search visited every one of the rep's rows. btree_gin puts tenant and owner into the same
-- GIN index, so one index scan finds exactly the visible matches. Credit-code prefixes and phone
-- suffixes get the owner too, for the same reason; the tenant-only indexes stay for whole-tenant scopes.
create extension if not exists btree_gin;
drop index customer_bigrams_idx;
create index customer_bigrams_idx on customer using gin (tenant_id, owner_id, name_bigrams);
create index customer_owner_credit_prefix_idx on customer (tenant_id, owner_id, credit_code text_pattern_ops);
create index customer_owner_phone_rev_idx on customer (tenant_id, owner_id, phone_rev text_pattern_ops) where phone_rev <> '';
