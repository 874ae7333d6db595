package io.qike.crm.importexport.web;

import io.qike.crm.contact.ContactQuery;
import io.qike.crm.importexport.ExportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
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
    @Operation(summary = "Every customer the caller may see that matches the customer list's parameters, as xlsx",
            description = "The same q, filters, sort and order as GET /api/v1/customers; custom fields filter as custom.<code>=value",
            parameters = {
                    @Parameter(name = "q", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
                            description = "Name, credit-code prefix or phone suffix"),
                    @Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "order", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
                            description = "asc or desc (the default)"),
                    @Parameter(name = "ownerId", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int64")),
                    @Parameter(name = "departmentId", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int64"),
                            description = "The owner's department, including the departments below it"),
                    @Parameter(name = "level", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "source", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "registrationStatus", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "region", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "industry", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "tag", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "createdFrom", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date")),
                    @Parameter(name = "createdTo", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date")),
                    @Parameter(name = "lastFollowedFrom", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date")),
                    @Parameter(name = "lastFollowedTo", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))})
    void customers(@Parameter(hidden = true) @RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) {
        exports.customers(ListParams.customers(params), locale, name -> Downloads.xlsx(response, name));
    }

    @GetMapping("/api/v1/contacts/export")
    @Operation(summary = "Every contact the caller may see that matches q, as xlsx")
    void contacts(@RequestParam(required = false) String q, Locale locale, HttpServletResponse response) {
        exports.contacts(ContactQuery.of(q, null, 0, 200), locale, name -> Downloads.xlsx(response, name));
    }

    @GetMapping("/api/v1/opportunities/export")
    @Operation(summary = "Every opportunity the caller may see that matches the list's filters, as xlsx",
            parameters = {@Parameter(name = "q", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "stageId", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int64")),
                    @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                    @Parameter(name = "ownerId", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int64")),
                    @Parameter(name = "departmentId", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int64")),
                    @Parameter(name = "customerId", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int64")),
                    @Parameter(name = "closeFrom", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date")),
                    @Parameter(name = "closeTo", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))})
    void opportunities(@Parameter(hidden = true) @RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) {
        exports.opportunities(io.qike.crm.opportunity.OpportunityQuery.of(params, 200), locale, name -> Downloads.xlsx(response, name));
    }

    @GetMapping("/api/v1/leads/export")
    @Operation(summary = "Every lead the caller may see that matches q and status, as xlsx")
    void leads(@RequestParam(required = false) String q,
               @io.swagger.v3.oas.annotations.Parameter(description = "NEW, FOLLOWING, CONVERTED or INVALID")
               @RequestParam(required = false) String status, Locale locale, HttpServletResponse response) {
        exports.leads(new io.qike.crm.lead.LeadQuery(q, status, null, null, 0, 200), locale, name -> Downloads.xlsx(response, name));
    }
}
