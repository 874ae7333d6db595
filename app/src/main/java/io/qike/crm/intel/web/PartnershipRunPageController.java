package io.qike.crm.intel.web;

import io.qike.crm.importexport.Download;
import io.qike.crm.intel.exports.IntelExports;
import io.qike.crm.intel.exports.Sheet;
import io.qike.crm.intel.partnership.PartnershipMining;
import io.qike.crm.intel.partnership.PartnershipRun;
import io.qike.crm.intel.partnership.Relation;
import io.qike.crm.intel.partnership.RunChanges;
import io.qike.crm.platform.jobs.BackgroundJobs;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * One run: its progress bar while the job runs (re-polled by htmx; when it ends, the results load), then the
 * results table with filters, the changes since the previous run, the graph and the xlsx export.
 */
@Controller
@RequestMapping("/intel/partnerships/runs/{id}")
class PartnershipRunPageController {
    private final PartnershipMining mining;
    private final BackgroundJobs jobs;
    private final IntelExports exports;

    PartnershipRunPageController(PartnershipMining mining, BackgroundJobs jobs, IntelExports exports) {
        this.mining = mining;
        this.jobs = jobs;
        this.exports = exports;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        model.addAttribute("run", mining.get(id));
        return "intel/run";
    }

    /** The progress bar; once the run has ended the page is told to load the results. */
    @GetMapping("/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        PartnershipRun run = mining.get(id);
        if (run.finished()) response.setHeader("HX-Trigger", "run-finished");
        model.addAttribute("run", run);
        model.addAttribute("job", run.jobId() == null ? null : jobs.find(run.jobId()).orElse(null));
        return "intel/run-parts :: progress";
    }

    @GetMapping("/results")
    String results(@PathVariable long id, @ModelAttribute RelationFilter filter, Model model) {
        PartnershipRun run = mining.get(id);
        List<Relation> all = mining.relations(id);
        RunChanges changes = mining.changes(id);
        Set<String> newKeys = changes.addedKeys();
        model.addAttribute("run", run);
        model.addAttribute("filter", filter);
        model.addAttribute("relations", filter.apply(all, newKeys));
        model.addAttribute("total", all.size());
        model.addAttribute("sources", all.stream().map(Relation::source).filter(s -> s != null).distinct().sorted().toList());
        model.addAttribute("changes", changes);
        model.addAttribute("newKeys", newKeys);
        model.addAttribute("companies", mining.companies(id));
        return "intel/run-parts :: results";
    }

    @GetMapping("/graph")
    @ResponseBody
    RelationGraph.Graph graph(@PathVariable long id, @ModelAttribute RelationFilter filter) {
        return RelationGraph.of(filter.apply(mining.relations(id), mining.changes(id).addedKeys()), mining.get(id).companies(),
                mining.companies(id));
    }

    @GetMapping("/export")
    void export(@PathVariable long id, @ModelAttribute RelationFilter filter, HttpServletResponse response) throws IOException {
        Set<String> newKeys = mining.changes(id).addedKeys();
        List<List<Object>> rows = filter.apply(mining.relations(id), newKeys).stream()
                .map(r -> Arrays.<Object>asList(r.companyName(), r.relatedCompanyName(), r.amount(), r.publicDate(), r.source(),
                        newKeys.contains(r.key()) ? "+" : "", r.requestId())).toList();
        Sheet sheet = exports.table("intel.partnerships.sheet", List.of("company", "relatedCompany", "amount", "publicDate", "source",
                "change", "requestId"), rows);
        sheet.writeTo(Download.xlsx(response));
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable long id) {
        mining.cancel(id);
        return "redirect:/intel/partnerships/runs/" + id;
    }
}
