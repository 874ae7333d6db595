-- Row-level security lets PostgreSQL use an index for a condition only when its operator is
-- leakproof; otherwise every tenant-filtered search scans the whole tenant. The operators of the
-- customer search (array containment for name bigrams, LIKE for code prefixes and phone suffixes,
-- pg_trgm similarity for the duplicate check) raise no data-dependent errors, so they are marked
-- leakproof. That needs a superuser (the embedded database is one); elsewhere a DBA can run the
-- same statements, and until then searches work but scan the tenant's rows.
do $$
begin
  if (select rolsuper from pg_roles where rolname = current_user) then
    alter function arraycontains(anyarray, anyarray) leakproof;
    alter function textlike(text, text) leakproof;
    alter function similarity_op(text, text) leakproof;
    alter function texteq(text, text) leakproof;
    alter function qike_norm(text) leakproof;
    alter function qike_bigrams(text) leakproof;
  else
    raise notice 'Not a superuser: search operators stay non-leakproof; ask a DBA to mark arraycontains, textlike, similarity_op leakproof';
  end if;
end $$;
