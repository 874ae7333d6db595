-- 调用动作流 needs a permission of its own per flow (invoke_permission, a permission code). The flows the
-- 工商信息 settings generate (registry.<provider>.search / .detail) need registry:lookup as 工商查询 does, the
-- 关系数据 flows need intel:mine as 关系挖掘 does, every other flow is for integration administrators only.
-- Flyway runs as the owner, so this sees the flows of every tenant.
alter table action_flow add column invoke_permission text;

update action_flow set invoke_permission = 'registry:lookup' where api_name ~ '^registry\.[a-z]+\.(search|detail)$';
update action_flow set invoke_permission = 'intel:mine' where api_name in ('intel_customers_of', 'intel_partnerships');
update action_flow set invoke_permission = 'admin:integration' where invoke_permission is null;
