package io.qike.crm.opportunity;

import java.util.List;
import java.util.Optional;

/** A sales process (销售流程) with its stages in order; every enterprise has a default one. */
public record SalesProcess(long id, String name, boolean isDefault, List<SalesStage> stages) {
    public Optional<SalesStage> stage(long stageId) {
        return stages.stream().filter(s -> s.id() == stageId).findFirst();
    }

    /** Where a new opportunity starts: the first OPEN stage. */
    public SalesStage firstStage() {
        return stages.stream().filter(SalesStage::open).findFirst().orElse(stages.get(0));
    }

    public List<SalesStage> openStages() {
        return stages.stream().filter(SalesStage::open).toList();
    }
}
