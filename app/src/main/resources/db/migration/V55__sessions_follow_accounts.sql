-- A session or token carries the versions of the account it was built with; each request compares them with
-- the account's current ones. security_version changes with anything a session holds (status, roles, their
-- permissions, department); credentials_version with what ends sessions and tokens (password reset, disable).
alter table app_user add column security_version bigint not null default 0;
alter table app_user add column credentials_version bigint not null default 0;
-- Wrong passwords no longer lock an account: failed_logins now counts the failed attempts since the last
-- sign-in, shown to the owner when they next sign in; locked_until is no longer used.
update app_user set failed_logins = 0, locked_until = null;

-- Failed sign-ins per login name (whether or not it exists) and per client address, across all nodes:
-- after a few failures each further attempt waits a growing delay. No tenant: nobody is signed in yet.
create table login_attempt (
  key              text primary key,
  failures         int not null,
  last_failure_at  timestamptz not null,
  next_attempt_at  timestamptz not null
);
create index login_attempt_last_failure_idx on login_attempt(last_failure_at);
revoke all on login_attempt from qike_app;
