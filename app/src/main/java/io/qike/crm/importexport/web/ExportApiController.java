package io.qike.crm.importexport.web;

import io.qike.crm.contact.ContactQuery;
import io.qike.crm.importexport.ExportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Exports", description = "导出")
class ExportApiController {
    private final ExportService exports;

    ExportApiController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/customers/export")
    @Operation(summary = "Every customer the caller may see that matches the list parameters (q, filters, sort, order), as xlsx")
    void customers(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) {
        exports.customers(ListParams.customers(params), locale, name -> Downloads.xlsx(response, name));
    }

    @GetMapping("/api/v1/contacts/export")
    @Operation(summary = "Every contact the caller may see that matches q, as xlsx")
    void contacts(@RequestParam(required = false) String q, Locale locale, HttpServletResponse response) {
        exports.contacts(ContactQuery.of(q, null, 0, 200), locale, name -> Downloads.xlsx(response, name));
    }
}
