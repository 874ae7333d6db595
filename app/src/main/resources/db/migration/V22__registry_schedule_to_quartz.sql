-- The registry's periodic work is the recurring task registry.tick, which Quartz's clustered store runs
-- on one node at a time (V17); the row each node claimed to the same end is no longer used.
drop table registry_schedule;
