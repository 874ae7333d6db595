-- 调用动作流 needs a permission of its own per flow (invoke_permission, a permission code). The flows the
-- 工商信息 settings generate (registry.<provider>.search / .detail) need registry:lookup as 工商查询 does, the
-- 关系数据 flows need intel:mine as 关系挖掘 does, every other flow is for integration administrators only.
-- Flyway runs as the owner, so this sees the flows of every tenant.
alter table action_flow add column invoke_permission text;

update action_flow set invoke_permission = 'registry:lookup' where api_name ~ '^registry\.[a-z]+\.(search|detail)$';
update action_flow set invoke_permission = 'intel:mine' where api_name in ('intel_customers_of', 'intel_partnerships');
update action_flow set invoke_permission = 'admin:integration' where invoke_permission is null;

-- 撞单提示 (企业设置): what a user learns of an existing customer with the same credit code that they cannot
-- read: its name and owner (as before) or only that it exists (ASK_MANAGER: "该客户已存在，请联系主管").
alter table tenant add column duplicate_hint text not null default 'NAME_AND_OWNER'
  check (duplicate_hint in ('NAME_AND_OWNER', 'ASK_MANAGER'));

-- Company lists are their creator's: two users may each keep a list of the same name.
alter table intel_company_list drop constraint intel_company_list_tenant_id_name_key;
alter table intel_company_list add constraint intel_company_list_creator_name_key unique (tenant_id, created_by, name);
