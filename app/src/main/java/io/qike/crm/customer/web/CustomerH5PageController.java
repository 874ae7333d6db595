package io.qike.crm.customer.web;

import io.qike.crm.customer.CustomerQuery;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customer.NearbyCustomers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 客户 and 附近客户 on the H5 pages, through the same services (and so the same data scope) as the web. */
@Controller
class CustomerH5PageController {
    private static final int NEARBY_SHOWN = 30;
    private final CustomerService customers;
    private final NearbyCustomers nearby;

    CustomerH5PageController(CustomerService customers, NearbyCustomers nearby) {
        this.customers = customers;
        this.nearby = nearby;
    }

    @GetMapping("/h5/customers")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", customers.search(CustomerQuery.keyword(q).withPage(page, 20)));
        return "h5/customers";
    }

    @GetMapping("/h5/customers/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("c", customers.get(id));
        return "h5/customer";
    }

    /** The page asks the phone where it is (h5-location.js), then loads {@link #nearbyResults}. */
    @GetMapping("/h5/nearby")
    String nearby() {
        return "h5/nearby";
    }

    @GetMapping("/h5/nearby/results")
    String nearbyResults(@RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
                         @RequestParam(defaultValue = "" + NearbyCustomers.MAX_RADIUS_METERS) int radius, Model model) {
        model.addAttribute("nearby", nearby.around(latitude, longitude, radius, NEARBY_SHOWN));
        return "h5/nearby :: results";
    }
}
