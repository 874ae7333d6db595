package io.qike.crm.customer.web;

import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerMerge;
import io.qike.crm.customer.CustomerMerges;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customers", description = "客户")
class CustomerMergeApiController {
    private final CustomerMerges merges;

    CustomerMergeApiController(CustomerMerges merges) {
        this.merges = merges;
    }

    @PostMapping("/api/v1/customers/merges")
    @Operation(summary = "Merge customers (合并) into one survivor",
            description = "survivorId stays, mergedIds are merged into it and deleted. values chooses, per "
            + "field where they differ, the id of the customer whose value to keep: the customer draft's field names (name, "
            + "phone, ownerId, tags, …), custom.<code> for custom fields, registry for the registry record; fields not named keep "
            + "the survivor's value. Contacts, sales records with their attachments, registry work and relationship data move "
            + "to the survivor. Needs customer:merge and customer:edit and every customer visible; answers the survivor. "
            + "400 invalid_input on bad ids or fields, 404 for a customer not visible")
    Customer merge(@RequestBody CustomerMerge request) {
        return merges.merge(request);
    }
}
