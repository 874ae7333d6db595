-- 会话内容手动留存 (module archive): held transcripts are deleted once they are older than the hold
-- (qike.wecom.archive.transcript-hold). By then the form that asked for one has copied its file into the record's
-- attachment (the file stays in the file store: it is content-addressed and may be shared), or was left unpublished.

create index wecom_archive_transcript_created_idx on wecom_archive_transcript(created_at);

-- The scheduled cleanup: every enterprise holding a transcript made before the cut-off. Security definer: the
-- schedule has no tenant yet; it then deletes as each enterprise.
create function qike_archive_transcript_tenants(cutoff timestamptz) returns table (tenant_id bigint)
  language sql stable security definer set search_path = public as $$
  select distinct t.tenant_id from wecom_archive_transcript t where t.created_at < cutoff order by t.tenant_id
$$;
revoke all on function qike_archive_transcript_tenants(timestamptz) from public;
grant execute on function qike_archive_transcript_tenants(timestamptz) to qike_app;
