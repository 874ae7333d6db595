/**
 * Background jobs: long work (bulk enrichment, partnership mining) that runs as the user who
 * started it, reports progress, and resumes from its last checkpoint after a restart.
 */
@org.springframework.modulith.NamedInterface("jobs")
package io.qike.crm.platform.jobs;
