/**
 * Background jobs: long work (imports, bulk enrichment, partnership mining) that runs as the user
 * who started it, on any node, with worker threads of its own if it needs them, reports progress,
 * and resumes from its last checkpoint after a restart. And recurring tasks
 * ({@link io.qike.crm.platform.jobs.RecurringTask}): periodic work for the whole installation, which
 * Quartz runs on one node of the cluster at a time. When to use which: docs/WORK-LATER.md.
 */
@org.springframework.modulith.NamedInterface("jobs")
package io.qike.crm.platform.jobs;
