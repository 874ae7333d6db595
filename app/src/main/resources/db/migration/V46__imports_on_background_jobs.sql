-- Imports run on the platform's background jobs (kind 'import') instead of a runner of their own:
-- the job's row holds the status, the counts (total = rows found, done = rows checked) and, in its
-- result, the rows imported, the number of errors kept and the note on the whole job; the errors
-- themselves, up to a few thousand per job, live in import_error_report, keyed by the job.
create table import_error_report (
  job_id     bigint primary key references background_job(id) on delete cascade,
  tenant_id  bigint not null default qike_tenant() references tenant(id),
  errors     jsonb not null
);
alter table import_error_report enable row level security;
create policy tenant_isolation on import_error_report using (tenant_id = qike_tenant()) with check (tenant_id = qike_tenant());

-- The history stays readable: every import_job becomes a finished job of kind 'import' with its
-- uploader, times, counts, note and error report (params.importJobId says which one it was; its
-- page moves to the new id). A job still QUEUED or RUNNING here could never finish (its upload was a
-- temporary file of the process that stopped for this upgrade): it ends FAILED as interrupted, the
-- note the old runner gave such jobs. When each job started was not recorded.
insert into background_job(tenant_id, kind, status, total, done, params, result, error_message, created_by, created_at, finished_at)
select tenant_id, 'import',
       case when status = 'DONE' then 'DONE' else 'FAILED' end,
       total_rows, processed,
       jsonb_build_object('object', object_type, 'fileName', file_name, 'importJobId', id),
       jsonb_strip_nulls(jsonb_build_object(
         'imported', case when status = 'DONE' then imported else 0 end,
         'errorCount', jsonb_array_length(errors),
         'message', case when status in ('QUEUED', 'RUNNING') then '{"key": "imports.message.interrupted", "args": []}'::jsonb
                         else message::jsonb end)),
       case when status in ('QUEUED', 'RUNNING') then 'interrupted by the upgrade to background jobs' end,
       user_id, created_at,
       coalesce(finished_at, case when status in ('QUEUED', 'RUNNING') then now() end)
from import_job
order by id;

insert into import_error_report(job_id, tenant_id, errors)
select b.id, j.tenant_id, j.errors
from import_job j
join background_job b on b.kind = 'import' and b.tenant_id = j.tenant_id and (b.params ->> 'importJobId')::bigint = j.id
where jsonb_array_length(j.errors) > 0;

drop table import_job;
