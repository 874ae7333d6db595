-- 销售记录 on leads (module salesrecord): a record belongs to a customer or, before the lead is converted, to a lead;
-- converting the lead moves its records to the customer (customer_id set, lead_id kept as where it came from).
alter table sales_record alter column customer_id drop not null;
alter table sales_record add column lead_id bigint references lead(id) on delete cascade;
alter table sales_record add constraint sales_record_customer_or_lead check (customer_id is not null or lead_id is not null);
create index sales_record_lead_idx on sales_record(tenant_id, lead_id, occurred_at desc) where lead_id is not null;
