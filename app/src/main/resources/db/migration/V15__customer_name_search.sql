-- The normalised name, stored: the keyword search rechecks every candidate row against it, and
-- computing it per row (a regular expression) was most of the cost of a search for a common keyword.
alter table customer add column name_search text generated always as (qike_norm(name)) stored;
