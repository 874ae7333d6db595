-- A customer imported straight into a public pool (导入到公海) gets a move of kind IMPORT: no owner before or after,
-- by_user_id the importer.
alter table customer_pool_move drop constraint customer_pool_move_kind_check;
alter table customer_pool_move add constraint customer_pool_move_kind_check
  check (kind in ('CLAIM', 'RETURN', 'MOVE', 'ASSIGN', 'RECYCLE', 'IMPORT'));
