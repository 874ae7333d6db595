/**
 * Integration centre (集成中心): connectors, connections, HTTP interfaces and action flows (动作流),
 * with run logs, a call ledger, resilience and SSRF protection. Administrators configure everything here.
 * Other modules use three small named interfaces, declared in their {@code allowedDependencies}:
 * {@code flows} (call outside services through {@link io.qike.crm.integration.ActionFlows}, read the call
 * ledger), {@code presets} (install a generated connector, connection, interfaces and flows with
 * {@link io.qike.crm.integration.PresetInstaller}) and {@code values} (read providers' dates and amounts).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration")
package io.qike.crm.integration;
