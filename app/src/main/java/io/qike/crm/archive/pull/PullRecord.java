package io.qike.crm.archive.pull;

import java.time.Instant;

/**
 * One pull that held the lease: the node that ran it (process id and host), when, the cursor before and after, the new
 * messages stored, and how it ended ({@link PullResult}'s outcomes, {@code interrupted} for one cut short), with
 * {@code outcomeText} in the reader's language.
 */
public record PullRecord(String node, Instant startedAt, Instant finishedAt, long fromSeq, long toSeq, int stored,
                         String outcome, Integer errcode, String outcomeText) {
    PullRecord withText(String text) {
        return new PullRecord(node, startedAt, finishedAt, fromSeq, toSeq, stored, outcome, errcode, text);
    }
}
