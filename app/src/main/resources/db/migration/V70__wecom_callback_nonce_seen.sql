-- The replay window is forgotten by age (WecomCallbackRepository.forget) without reading the whole table.
create index wecom_callback_nonce_seen_idx on wecom_callback_nonce(tenant_id, seen_at);
