package io.qike.crm.dashboard;

import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.customer.CustomerStats;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.salesrecord.SalesRecord;
import io.qike.crm.salesrecord.SalesRecordService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
    private final CustomerStats customers;
    private final CustomerDirectory directory;
    private final ContactService contacts;
    private final SalesRecordService records;

    HomeController(CustomerStats customers, CustomerDirectory directory, ContactService contacts, SalesRecordService records) {
        this.customers = customers;
        this.directory = directory;
        this.contacts = contacts;
        this.records = records;
    }

    @GetMapping("/")
    String home(Model model) {
        QikeUser me = CurrentUser.require();
        if (me.can(Permission.CUSTOMER_VIEW)) {
            CustomerStats.Summary summary = customers.summary();
            model.addAttribute("summary", summary);
            model.addAttribute("levels", LevelSlice.of(summary.byLevel()));
        }
        if (me.can(Permission.CONTACT_VIEW)) model.addAttribute("contactCount", contacts.search(null, null, 0, 1).total());
        model.addAttribute("recent", me.can(Permission.SALESRECORD_VIEW) ? recent(me) : List.of());
        return "home";
    }

    private List<RecentRecord> recent(QikeUser me) {
        List<SalesRecord> latest = records.latest(8);
        Map<Long, String> names = directory.names(latest.stream().map(SalesRecord::customerId).distinct().toList());
        boolean mayOpen = me.can(Permission.CUSTOMER_VIEW);
        Map<Long, Boolean> visible = new HashMap<>();
        return latest.stream().map(r -> new RecentRecord(r, names.get(r.customerId()),
                mayOpen && visible.computeIfAbsent(r.customerId(), directory::visible))).toList();
    }
}
