package io.qike.crm.customer.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerPage;
import io.qike.crm.customer.CustomerQuery;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.dedup.DuplicateCandidate;
import io.qike.crm.platform.web.JsonPatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "客户")
class CustomerApiController {
    record CreatedCustomer(@JsonUnwrapped Customer customer, List<DuplicateCandidate> similarCustomers) {
    }

    private final CustomerService customers;
    private final JsonPatches patches;

    CustomerApiController(CustomerService customers, JsonPatches patches) {
        this.customers = customers;
        this.patches = patches;
    }

    @GetMapping
    @Operation(summary = "List and filter the customers visible to the caller",
            description = "q searches name, credit-code prefix and phone suffix. "
            + "The other parameters filter, each within the caller's data scope; custom fields filter as custom.<code>=value")
    CustomerPage list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size,
                      @Parameter(description = "id, name, createdAt, updatedAt, establishedOn, registeredCapital or lastFollowedAt")
                      @RequestParam(required = false) String sort,
                      @RequestParam(defaultValue = "desc") String order,
                      @RequestParam(required = false) Long ownerId,
                      @Parameter(description = "The owner's department, including the departments below it")
                      @RequestParam(required = false) Long departmentId,
                      @RequestParam(required = false) String level, @RequestParam(required = false) String source,
                      @RequestParam(required = false) String registrationStatus,
                      @Parameter(description = "Part of the region") @RequestParam(required = false) String region,
                      @Parameter(description = "Part of the industry") @RequestParam(required = false) String industry,
                      @RequestParam(required = false) String tag,
                      @Parameter(description = "Created on or after (yyyy-MM-dd)") @RequestParam(required = false) LocalDate createdFrom,
                      @Parameter(description = "Created on or before (yyyy-MM-dd)") @RequestParam(required = false) LocalDate createdTo,
                      @Parameter(description = "Last sales record on or after (yyyy-MM-dd)")
                      @RequestParam(required = false) LocalDate lastFollowedFrom,
                      @Parameter(description = "Last sales record on or before (yyyy-MM-dd)")
                      @RequestParam(required = false) LocalDate lastFollowedTo,
                      @Parameter(hidden = true) @RequestParam Map<String, String> all) {
        Map<String, String> filters = new HashMap<>(all);
        List.of("q", "page", "size", "sort", "order").forEach(filters::remove);
        return customers.search(new CustomerQuery(q, filters, sort, !"asc".equalsIgnoreCase(order), page, size));
    }

    @PostMapping
    @Operation(summary = "Create a customer",
            description = "409 duplicate_credit_code names the existing customer. Customers with similar "
            + "names refuse the create with 409 similar_names, listing them in similarCustomers, unless confirmSimilar=true "
            + "confirms this is another company; the created customer then lists them in similarCustomers")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedCustomer> create(@RequestBody CustomerDraft draft,
                                           @Parameter(description = "true: create even though customers with similar names exist")
                                           @RequestParam(defaultValue = "false") boolean confirmSimilar) {
        CustomerService.Created created = customers.create(draft,
                confirmSimilar ? CustomerService.SimilarNames.ACCEPT : CustomerService.SimilarNames.REFUSE);
        Customer customer = customers.get(created.id());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + created.id()))
                .body(new CreatedCustomer(customer, customers.shownSimilar(created.duplicates())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A customer visible to the caller, with its custom fields")
    Customer get(@PathVariable long id) {
        return customers.get(id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change some fields (JSON merge patch: absent fields stay, null clears)")
    Customer patch(@PathVariable long id, @RequestBody Map<String, Object> changes) {
        CustomerDraft current = customers.draftOf(customers.get(id));
        return customers.update(id, patches.apply(current, changes, CustomerDraft.class));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a customer (needs customer:delete); 204 when done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        customers.delete(id);
        return ResponseEntity.noContent().build();
    }
}
