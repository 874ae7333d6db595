package io.qike.crm.archive.pull;

import io.qike.crm.platform.jobs.BackgroundJob;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/wecom/archive")
@Tag(name = "WeCom conversation archive pulls", description = "会话内容存档: pulling archived messages and their status (admin:wecom)")
class ArchiveApiController {
    private final ArchivePullService pulls;

    ArchiveApiController(ArchivePullService pulls) {
        this.pulls = pulls;
    }

    @GetMapping("/status")
    @Operation(summary = "The pull: last seq, messages stored, failed items by reason and key version, newest message, last pull and its outcome")
    ArchiveStatus status() {
        return pulls.status();
    }

    @GetMapping("/pulls")
    @Operation(summary = "The recent pulls, newest first (at most 50): the node, the seq before and after, new messages stored, the outcome")
    java.util.List<PullRecord> recentPulls() {
        return pulls.recentPulls();
    }

    @PostMapping("/pulls")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Pull new archived messages now (a background job; one already running is returned)")
    BackgroundJob pull() {
        return pulls.startPull();
    }

    @GetMapping("/pulls/{id}")
    @Operation(summary = "A pull started here: its progress (the cursor's seq) and, once done, its outcome")
    BackgroundJob pullJob(@PathVariable long id) {
        return pulls.pullJob(id);
    }
}
