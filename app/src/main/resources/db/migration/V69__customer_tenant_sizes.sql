-- How many customers each enterprise has, as ANALYZE estimates it (the tenant column's most common values and
-- their frequencies, times the table's row estimate). The keyword search uses it to choose how to count a common
-- keyword's matches: by walking on or through the bigram index, whichever reads fewer entries. Read from the
-- statistics, never by counting: no search waits for it, and loading it costs nothing at a million customers.
-- Security definer because pg_stats hides tables with row-level security from the application role; it answers
-- only sizes, and only to that role.
create or replace function qike_customer_tenant_sizes() returns table (tenant_id bigint, customers bigint)
language sql stable security definer set search_path = pg_catalog, public as
$$ with s as materialized (
       select s.most_common_vals::text::bigint[] as vals, s.most_common_freqs as freqs,
              (select greatest(c.reltuples, 0) from pg_class c where c.oid = 'public.customer'::regclass) as total
         from pg_stats s
        where s.schemaname = 'public' and s.tablename = 'customer' and s.attname = 'tenant_id')
   select x.v, round(x.f * s.total)::bigint
     from s, unnest(s.vals, s.freqs) as x(v, f) $$;
revoke all on function qike_customer_tenant_sizes() from public;
grant execute on function qike_customer_tenant_sizes() to qike_app;
