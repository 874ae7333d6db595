package io.qike.crm.intel.web;

import io.qike.crm.intel.clients.ClientConversions;
import io.qike.crm.intel.clients.CompanyClients;
import io.qike.crm.intel.clients.Conversion;
import io.qike.crm.intel.clients.ListedClients;
import io.qike.crm.registry.ProviderProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/intel")
@Tag(name = "Relationship intelligence", description = "企查查 客户查询 and 合作关系挖掘")
class ClientsApiController extends ProviderFailureHandling {
    /** Companies to turn into customers. */
    record ConvertRequest(List<ClientConversions.Company> companies) {
    }

    private final CompanyClients customersOf;
    private final ClientConversions conversions;

    ClientsApiController(CompanyClients customersOf, ClientConversions conversions, ProviderProblems providerProblems) {
        super(providerProblems);
        this.customersOf = customersOf;
        this.conversions = conversions;
    }

    @GetMapping("/customers-of")
    @Operation(summary = "A company's customers (客户查询)",
            description = "Every page merged, sorted by sales amount, with years and whether "
            + "each is already our customer. company = name, 注册号, credit code or KeyNo; or customerId of one of ours. "
            + "400 for a company shorter than 2 characters; 502/503 problem with providerCode/providerMessage when 企查查 refuses")
    ListedClients customersOf(@RequestParam(required = false) String company, @RequestParam(required = false) Long customerId,
                            @RequestParam(required = false) String year, @RequestParam(defaultValue = "false") boolean refresh) {
        if (customerId != null && (company == null || company.isBlank())) return customersOf.ofCustomer(customerId, year, refresh);
        return customersOf.of(company, year, refresh);
    }

    @PostMapping("/customers-of/conversions")
    @Operation(summary = "Turn listed companies ({name, keyNo}) into customers; existing ones are skipped")
    Conversion convert(@RequestBody ConvertRequest request) {
        return conversions.convert(request.companies());
    }
}
