-- The planner must know the tenant to estimate how many rows a search touches; a STABLE function
-- is unknown at planning time, so every estimate used a default selectivity and searches in a
-- large tenant picked nested loops over tiny estimates. The application's connections always plan
-- each statement afresh (plan_cache_mode = force_custom_plan, set with the role in the pool), so
-- the setting cannot change between planning and execution of a plan: declaring the function
-- IMMUTABLE lets the planner fold it to the current tenant. The owner, which plans generically,
-- bypasses row-level security and never relies on it.
create or replace function qike_tenant() returns bigint language sql immutable parallel safe as
$$ select nullif(current_setting('qike.tenant_id', true), '')::bigint $$;
