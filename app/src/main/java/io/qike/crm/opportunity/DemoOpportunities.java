package io.qike.crm.opportunity;

import io.qike.crm.customer.CustomerImport;
import io.qike.crm.customer.DemoCustomersAdded;
import io.qike.crm.platform.RunAs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/** A few opportunities on the demo customers, spread over the default process's stages, so the kanban and funnel are not empty. */
@Component
class DemoOpportunities {
    private record Demo(String customer, String name, String amount, String stage, String reason) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("上海盛鑫科技有限公司", "CRM 系统采购", "180000", "方案报价", null),
            new Demo("杭州恒通物流股份有限公司", "车队调度平台", "420000", "谈判审核", null),
            new Demo("深圳华彩文化传媒有限公司", "营销活动外包", "65000", "初步接洽", null),
            new Demo("北京中科云图信息技术有限公司", "数据中台二期", "960000", "需求确认", null),
            new Demo("苏州瑞丰精密机械有限公司", "设备运维年包", "120000", "赢单", "价格与服务响应均优于竞品"),
            new Demo("青岛海润食品有限公司", "冷链追溯系统", "85000", "输单", "客户预算取消"));

    private final OpportunityService opportunities;
    private final SalesProcessRepository processes;
    private final CustomerImport customers;
    private final RunAs runAs;
    private final TransactionTemplate tx;

    DemoOpportunities(OpportunityService opportunities, SalesProcessRepository processes, CustomerImport customers, RunAs runAs,
                      TransactionTemplate tx) {
        this.opportunities = opportunities;
        this.processes = processes;
        this.customers = customers;
        this.runAs = runAs;
        this.tx = tx;
    }

    /** After the demo customers commit, as the demo enterprise's admin, all in one transaction (safe to hand over again). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DemoCustomersAdded event) {
        runAs.user(event.adminUserId(), () -> tx.executeWithoutResult(s -> {
            processes.lockDefault(); // a second hand-over of the event waits, then sees the first one's opportunities
            SalesProcess process = processes.all().stream().filter(SalesProcess::isDefault).findFirst().orElse(null);
            if (process == null || opportunities.search(OpportunityQuery.of(Map.of(), 1)).total() > 0) return;
            Map<String, List<Long>> ids = customers.visibleByName(DEMO.stream().map(Demo::customer).toList());
            for (Demo d : DEMO) {
                Long customer = ids.getOrDefault(d.customer(), List.of()).stream().findFirst().orElse(null);
                Long stage = process.stages().stream().filter(st -> st.name().equals(d.stage())).map(SalesStage::id).findFirst().orElse(null);
                if (customer == null || stage == null) continue;
                opportunities.create(new OpportunityDraft(customer, d.name(), new BigDecimal(d.amount()), null, process.id(), stage, null, null,
                        d.reason(), List.of(), Map.of()));
            }
        }));
    }
}
