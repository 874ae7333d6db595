package io.qike.crm.registry.web;

import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.registry.LookupOutcome;
import io.qike.crm.registry.ProviderProblems;
import io.qike.crm.registry.RegistryCompany;
import io.qike.crm.registry.RegistryCustomers;
import io.qike.crm.registry.RegistryLookupException;
import io.qike.crm.registry.RegistryMessages;
import io.qike.crm.registry.RegistrySearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Business registry", description = "工商查询, 工商新建 and 工商批量补全")
class RegistryApiController {
    /** What 工商新建 takes: a keyword (name, credit code or 注册号) or a credit code, and fields to change. */
    record FromRegistry(String keyword, String creditCode, Map<String, Object> overrides) {
    }

    private final RegistryCustomers registry;
    private final CustomerService customers;
    private final RegistryMessages messages;
    private final ProviderProblems problems;

    RegistryApiController(RegistryCustomers registry, CustomerService customers, RegistryMessages messages, ProviderProblems problems) {
        this.registry = registry;
        this.customers = customers;
        this.messages = messages;
        this.problems = problems;
    }

    @GetMapping("/api/v1/registry/search")
    @Operation(summary = "Search the business registry for companies",
            description = "One page (page from 1, 20 a page) of the companies matching a name, credit code or registration number, with the "
            + "provider's total for the whole search (cached per page; soft provider answers come as status NOT_FOUND / INVALID_QUERY)")
    LookupView search(@RequestParam String keyword, @RequestParam(defaultValue = "1") int page) {
        RegistrySearch r = registry.search(keyword, page);
        return LookupView.of(r.outcome(), messages).withCandidates(r.candidates(), r.total(), r.page());
    }

    @GetMapping("/api/v1/registry/companies")
    @Operation(summary = "A company's registry record and the customer card its field mapping gives, with the existing customer of that credit code if any")
    LookupView company(@RequestParam String keyword) {
        RegistryCompany c = registry.company(keyword);
        return LookupView.of(c.outcome(), messages).withCompany(c.fields(), c.card(), registry.existing(c.creditCode()));
    }

    @PostMapping("/api/v1/customers/from-registry")
    @Operation(summary = "工商新建: create a customer from the registry record; 409 duplicate_credit_code names the existing customer and owner")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Customer> create(@RequestBody FromRegistry body) {
        long id = registry.create(body.keyword(), body.creditCode(), body.overrides()).id();
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id)).body(customers.get(id));
    }

    /** Controller-local, so it is chosen before the platform's catch-all handler. */
    @org.springframework.web.bind.annotation.ExceptionHandler(RegistryLookupException.class)
    ResponseEntity<?> noCompany(RegistryLookupException e, HttpServletRequest request) {
        LookupOutcome o = e.outcome();
        return problems.of(request, o);
    }
}
