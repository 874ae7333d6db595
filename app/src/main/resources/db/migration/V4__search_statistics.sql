-- The planner must know how common a name bigram is: for a frequent one (thousands of matches)
-- walking the newest customers and filtering is far cheaper than visiting every match. The default
-- statistics keep too few array elements to tell, so keep many more for this column.
alter table customer alter column name_bigrams set statistics 2000;
