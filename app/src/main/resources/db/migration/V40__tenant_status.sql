-- Enterprises can be disabled by the operator (their users can no longer sign in, their tokens stop
-- working) and enabled again; each has the time zone its days are counted in.
alter table tenant add column status text not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED'));
alter table tenant add column time_zone text not null default 'Asia/Shanghai';
alter table tenant add column status_changed_at timestamptz;
