package io.qike.crm.integration;

import java.time.LocalDate;

/** Run log search: by flow, status, a text found in inputs/outputs/error, and a date range. */
public record RunQuery(String flow, FlowStatus status, String q, LocalDate from, LocalDate to, int page, int size) {
    public RunQuery {
        if (page < 0) page = 0;
        if (size <= 0 || size > 200) size = 50;
    }
}
