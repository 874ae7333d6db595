-- A connector generated from a preset (工商信息 初始化动作流, 企查查 关系数据) remembers which one,
-- so pressing "initialise" again updates the same configuration instead of adding a copy.
alter table integration_connector add column preset text;
create unique index integration_connector_preset on integration_connector (tenant_id, preset) where preset is not null;
