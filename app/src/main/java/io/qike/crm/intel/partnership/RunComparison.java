package io.qike.crm.intel.partnership;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Compares a run with the previous run over some of the same companies (see {@link RunChanges}). */
@Component
class RunComparison {
    private final PartnershipRunRepository runs;

    RunComparison(PartnershipRunRepository runs) {
        this.runs = runs;
    }

    RunChanges changes(PartnershipRun run) {
        if (run.previousRunId() == null) return RunChanges.none();
        Optional<PartnershipRun> previous = runs.find(run.previousRunId());
        if (previous.isEmpty()) return RunChanges.none();
        Set<String> shared = new HashSet<>(run.companies());
        shared.retainAll(previous.get().companies());
        Predicate<Relation> covered = r -> shared.contains(r.companyName()) && shared.contains(r.relatedCompanyName());
        List<Relation> now = runs.relations(run.id()).stream().filter(covered).toList();
        List<Relation> then = runs.relations(previous.get().id()).stream().filter(covered).toList();
        Set<String> nowKeys = now.stream().map(Relation::key).collect(Collectors.toSet());
        Set<String> thenKeys = then.stream().map(Relation::key).collect(Collectors.toSet());
        return new RunChanges(previous.get().id(), previous.get().createdAt(),
                now.stream().filter(r -> !thenKeys.contains(r.key())).toList(),
                then.stream().filter(r -> !nowKeys.contains(r.key())).toList());
    }
}
