-- 会话内容存档 (module archive): the messages a party sent or received. "Received" is `tolist @> array[party]`, which
-- a GIN index on the recipient list serves; "sent" is `from_id = party`, served by the btree below, so that the two
-- together (a bitmap OR) need no scan of the whole archive. Plain `create index`: Flyway runs in a transaction.
create index wecom_archive_message_tolist_idx on wecom_archive_message using gin (tolist);
create index wecom_archive_message_from_idx on wecom_archive_message(tenant_id, from_id);
