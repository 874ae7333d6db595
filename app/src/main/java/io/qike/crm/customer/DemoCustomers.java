package io.qike.crm.customer;

import io.qike.crm.dedup.CreditCodes;
import io.qike.crm.platform.DemoTenantCreated;
import io.qike.crm.platform.RunAs;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/** A handful of customers for the demo enterprise, so that a first look at Qike is not an empty page. */
@Component
class DemoCustomers {
    private record Demo(String name, String code17, String legal, String capital, String established, String region,
                        String industry, String phone, String level) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("上海盛鑫科技有限公司", "91310115MA1H7X2K3", "陈志强", "5000", "2016-04-12", "上海市浦东新区", "软件和信息技术服务业", "021-50801234", "A"),
            new Demo("杭州恒通物流股份有限公司", "91330106MA27Y8QW1", "王丽华", "12000", "2011-09-30", "浙江省杭州市", "交通运输、仓储和邮政业", "0571-86661234", "A"),
            new Demo("深圳华彩文化传媒有限公司", "91440300MA5F3L0P7", "刘洋", "800", "2019-01-08", "广东省深圳市", "文化、体育和娱乐业", "0755-26781234", "B"),
            new Demo("苏州瑞丰精密机械有限公司", "91320505MA1MXY4R6", "周建国", "3000", "2014-06-18", "江苏省苏州市", "通用设备制造业", "0512-68251234", "B"),
            new Demo("成都蜀信医疗器械有限公司", "91510107MA6CUT2E8", "李静", "2000", "2017-11-02", "四川省成都市", "专用设备制造业", "028-85521234", "C"),
            new Demo("北京中科云图信息技术有限公司", "91110108MA01G5KQ2", "赵磊", "10000", "2015-03-27", "北京市海淀区", "软件和信息技术服务业", "010-62981234", "A"),
            new Demo("武汉长江新材料股份有限公司", "91420100MA4K2N3B5", "孙伟", "25000", "2008-12-15", "湖北省武汉市", "化学原料和化学制品制造业", "027-87651234", "C"),
            new Demo("青岛海润食品有限公司", "91370212MA3C7H8D9", "吴敏", "1500", "2012-07-20", "山东省青岛市", "农副食品加工业", "0532-88901234", "D"));

    private final CustomerService customers;
    private final RunAs runAs;
    private final TransactionTemplate tx;
    private final org.springframework.context.ApplicationEventPublisher events;

    DemoCustomers(CustomerService customers, RunAs runAs, TransactionTemplate tx, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.customers = customers;
        this.runAs = runAs;
        this.tx = tx;
    }

    /**
     * After the demo tenant commits, as its admin. All customers in one transaction, so a run that fails
     * halfway (and is republished at the next start) leaves nothing to create twice. The transaction is
     * opened inside {@code runAs}, not by the listener, because a connection takes its tenant when the
     * transaction takes it.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DemoTenantCreated event) {
        runAs.user(event.adminUserId(), () -> tx.executeWithoutResult(s -> {
            for (Demo d : DEMO) {
                String code = d.code17() + CreditCodes.checkChar(d.code17());
                customers.create(CustomerDraft.builder().name(d.name()).creditCode(code).legalRepresentative(d.legal())
                        .registeredCapital(d.capital()).capitalCurrency("CNY").establishedOn(d.established()).registrationStatus("存续")
                        .address(d.region()).region(d.region()).industry(d.industry()).phone(d.phone()).source("MANUAL")
                        .level(d.level()).build());
            }
            events.publishEvent(new DemoCustomersAdded(event.tenantId(), event.adminUserId()));
        }));
    }
}
