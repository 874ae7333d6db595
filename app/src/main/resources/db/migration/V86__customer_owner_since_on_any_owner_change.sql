-- The recycle rules count "no follow-up / no win for N days" from the latest of the last follow-up (or win), the
-- customer's creation and owner_since, the time its current owner got it. A claim from a pool set owner_since; a
-- customer handed to another owner (the form, the API, a bulk transfer, a merge) did not, so a customer just given to
-- a new rep could be recycled from under them the next night for the previous owner's silence. Every change of owner
-- now restarts the clock, whichever path wrote it.
create function customer_owner_since() returns trigger language plpgsql as $$
begin
  if new.owner_id is not null and new.owner_id is distinct from old.owner_id then
    new.owner_since := now();
  end if;
  return new;
end $$;

create trigger customer_owner_since before update of owner_id on customer
  for each row execute function customer_owner_since();
