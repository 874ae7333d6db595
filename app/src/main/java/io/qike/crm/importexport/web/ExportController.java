package io.qike.crm.importexport.web;

import io.qike.crm.contact.ContactQuery;
import io.qike.crm.importexport.ExportService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Export buttons of the customer and contact lists. */
@Controller
class ExportController {
    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/exports/customers")
    void customers(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) {
        exports.customers(ListParams.customers(params), locale, name -> Downloads.xlsx(response, name));
    }

    @GetMapping("/exports/opportunities")
    void opportunities(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) {
        exports.opportunities(io.qike.crm.opportunity.OpportunityQuery.of(params, 200), locale, name -> Downloads.xlsx(response, name));
    }

    @GetMapping("/exports/contacts")
    void contacts(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) {
        exports.contacts(ContactQuery.of(params, 200), locale, name -> Downloads.xlsx(response, name));
    }

    @GetMapping("/exports/leads")
    void leads(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) {
        exports.leads(io.qike.crm.lead.LeadQuery.of(params, 200), locale, name -> Downloads.xlsx(response, name));
    }
}
