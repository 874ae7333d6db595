package io.qike.crm.dashboard;

import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerStats;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.salesrecord.SalesRecordService;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
    private final CustomerStats customers;
    private final ContactService contacts;
    private final SalesRecordService records;

    HomeController(CustomerStats customers, ContactService contacts, SalesRecordService records) {
        this.customers = customers;
        this.contacts = contacts;
        this.records = records;
    }

    @GetMapping("/")
    String home(Model model) {
        QikeUser me = CurrentUser.require();
        if (me.can(Permission.CUSTOMER_VIEW)) model.addAttribute("summary", customers.summary());
        if (me.can(Permission.CONTACT_VIEW)) model.addAttribute("contactCount", contacts.search(null, null, 0, 1).total());
        model.addAttribute("recent", me.can(Permission.SALESRECORD_VIEW) ? records.latest(8) : List.of());
        return "home";
    }
}
