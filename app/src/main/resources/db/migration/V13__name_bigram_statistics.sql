-- The keyword search picks its strategy from how common the keyword's bigrams are. pg_stats hides
-- the statistics of a table with row-level security from the application role, so the owner hands
-- out just these: element frequencies of customer.name_bigrams (no row data, no tenant).
create function qike_name_bigram_stats() returns table (bigram text, frequency real, floor real)
language sql stable security definer set search_path = pg_catalog, public as
$$ select x.e, x.f, s.most_common_elem_freqs[array_length(s.most_common_elems::text::text[], 1) + 1]
     from pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as x(e, f)
    where s.schemaname = 'public' and s.tablename = 'customer' and s.attname = 'name_bigrams' and x.e is not null $$;
revoke all on function qike_name_bigram_stats() from public;
grant execute on function qike_name_bigram_stats() to qike_app;
