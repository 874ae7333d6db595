package io.qike.crm.wecom.directory;

import java.time.Instant;
import java.util.List;

/**
 * One line of the directory sync log: when, what it found (departments, members, in the app's visible range,
 * refused for want of a seat), what it changed, how it read the directory ({@code notes}: message keys) and, when
 * WeCom refused, the errcode and its explanation's message key.
 */
public record SyncLine(long id, Long jobId, boolean scheduled, Instant startedAt, Instant finishedAt, int departments, int members,
                       int membersAdded, int membersChanged, int membersRemoved, int inVisibleRange, int unseated, List<String> notes,
                       Integer errcode, String errorKey) {
    public boolean failed() {
        return errorKey != null;
    }
}
