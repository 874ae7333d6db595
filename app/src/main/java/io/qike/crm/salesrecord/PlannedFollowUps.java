package io.qike.crm.salesrecord;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The 下次跟进时间 a sales record plans now, for the work that keeps its to-do (system work: the current tenant's
 * record, whoever may see it).
 */
@Component
public class PlannedFollowUps {
    private final SalesRecordRepository repository;

    PlannedFollowUps(SalesRecordRepository repository) {
        this.repository = repository;
    }

    /** The record's plan: on which customer, by whom, when; empty when the record plans none or is gone. */
    public Optional<Planned> of(long recordId) {
        return repository.plannedFollowUp(recordId);
    }

    public record Planned(long recordId, long customerId, long ownerId, OffsetDateTime at) {
    }
}
