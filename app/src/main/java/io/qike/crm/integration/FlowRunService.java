package io.qike.crm.integration;

import io.qike.crm.integration.flow.RunRecorder;
import io.qike.crm.integration.store.RunRepository;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.EnterpriseTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** The run log (运行日志): search, one run with its node traces, and retention. */
@Service
@RequiresPermission(Permission.ADMIN_INTEGRATION)
public class FlowRunService {
    private final RunRepository repository;
    private final RunRecorder recorder;
    private final IntegrationProperties props;
    private final EnterpriseTime time;

    FlowRunService(RunRepository repository, RunRecorder recorder, IntegrationProperties props, EnterpriseTime time) {
        this.time = time;
        this.repository = repository;
        this.recorder = recorder;
        this.props = props;
    }

    public List<FlowRun> search(RunQuery query) {
        return repository.search(query, props.runLog().maxDays(), time.zone()); // the days typed are the enterprise's
    }

    public FlowRun get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("flow_run", id));
    }

    /** Applies the retention limits now (they are also applied as runs are written); returns the runs deleted. */
    public int prune() {
        return recorder.prune();
    }
}
