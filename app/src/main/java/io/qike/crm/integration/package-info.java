/**
 * Integration centre (ESB中心): connectors, connections, HTTP interfaces and action flows (动作流),
 * with run logs, a call ledger, resilience and SSRF protection. Other modules call outside services
 * through {@link io.qike.crm.integration.ActionFlows} only; administrators configure everything here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration")
package io.qike.crm.integration;
