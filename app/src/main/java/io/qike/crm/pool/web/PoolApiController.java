package io.qike.crm.pool.web;

import io.qike.crm.pool.Pool;
import io.qike.crm.pool.PoolCustomerPage;
import io.qike.crm.pool.PoolCustomers;
import io.qike.crm.pool.PoolDraft;
import io.qike.crm.pool.PoolMove;
import io.qike.crm.pool.Pools;
import io.qike.crm.pool.RecycleRule;
import io.qike.crm.pool.RecycleRuleDraft;
import io.qike.crm.pool.RoleCap;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Customer pools", description = "公海")
class PoolApiController {
    record PoolReturnRequest(String reason, Long poolId) {
    }

    record PoolMoveRequest(List<Long> customerIds) {
    }

    record PoolAssignRequest(Long userId) {
    }

    record PoolCapChange(Long roleId, Integer maxCustomers) {
    }

    private final Pools pools;
    private final PoolCustomers customers;

    PoolApiController(Pools pools, PoolCustomers customers) {
        this.pools = pools;
        this.customers = customers;
    }

    @GetMapping("/customer-pools")
    @Operation(summary = "The pools the caller is a member or an administrator of")
    List<Pool> list() {
        return pools.mine();
    }

    @PostMapping("/customer-pools")
    @Operation(summary = "Create a pool (needs admin:sales)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Pool> create(@RequestBody PoolDraft draft) {
        Pool pool = pools.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/customer-pools/" + pool.id())).body(pool);
    }

    @GetMapping("/customer-pools/{id}")
    @Operation(summary = "A pool the caller is a member or an administrator of")
    Pool get(@PathVariable long id) {
        return customers.open(id);
    }

    @PutMapping("/customer-pools/{id}")
    @Operation(summary = "Change a pool: name, visible fields, daily claim limit, cooling days, members and administrators (needs admin:sales)")
    Pool update(@PathVariable long id, @RequestBody PoolDraft draft) {
        return pools.update(id, draft);
    }

    @DeleteMapping("/customer-pools/{id}")
    @Operation(summary = "Delete an empty pool (needs admin:sales); 409 pool_not_empty while it holds customers")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        pools.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/customer-pools/{id}/customers")
    @Operation(summary = "The pool's customers, newest first, with only the fields the pool shows its members; q searches the name")
    PoolCustomerPage customers(@PathVariable long id, @RequestParam(required = false) String q,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return customers.page(id, q, page, size);
    }

    @PostMapping("/customers/{id}/claim")
    @Operation(summary = "Claim (领取) a pool customer (needs pool:claim); 409 pool_taken, pool_cap_reached, pool_daily_limit or pool_cooling")
    PoolMove claim(@PathVariable long id) {
        return customers.claim(id);
    }

    @PostMapping("/customers/{id}/return")
    @Operation(summary = "Return (退回) one's own customer to a pool with a reason (needs pool:return); poolId defaults to the caller's first pool")
    PoolMove giveBack(@PathVariable long id, @RequestBody PoolReturnRequest request) {
        return customers.giveBack(id, request.poolId(), request.reason());
    }

    @PostMapping("/customer-pools/{id}/moves")
    @Operation(summary = "Move owned customers into the pool (the pool's administrators); the customers moved")
    List<PoolMove> move(@PathVariable long id, @RequestBody PoolMoveRequest request) {
        return customers.moveIn(id, request.customerIds());
    }

    @GetMapping("/customer-pools/{id}/moves")
    @Operation(summary = "The pool's latest 100 moves: claims, returns, moves, assignments, recycles and imports (the pool's administrators)")
    List<PoolMove> moves(@PathVariable long id) {
        return customers.recentMoves(id);
    }

    @PostMapping("/customer-pools/{id}/customers/{customerId}/assign")
    @Operation(summary = "Assign (分配) a pool customer to a user (the pool's administrators), within the user's cap")
    PoolMove assign(@PathVariable long id, @PathVariable long customerId, @RequestBody PoolAssignRequest request) {
        if (request.userId() == null) throw new io.qike.crm.platform.InvalidInputException(
                io.qike.crm.platform.FieldProblem.of("userId", "required"));
        return customers.assign(id, customerId, request.userId());
    }

    @GetMapping("/customer-pool-caps")
    @Operation(summary = "The most customers a user of each role may own (needs admin:sales); null: no cap")
    List<RoleCap> caps() {
        return pools.caps();
    }

    @PutMapping("/customer-pool-caps")
    @Operation(summary = "Set the caps of the roles named (needs admin:sales); maxCustomers null removes a role's cap")
    List<RoleCap> setCaps(@RequestBody List<PoolCapChange> changes) {
        Map<Long, Integer> caps = new HashMap<>();
        for (PoolCapChange c : changes) {
            if (c.roleId() == null) throw new io.qike.crm.platform.InvalidInputException(
                    io.qike.crm.platform.FieldProblem.of("roleId", "required"));
            caps.put(c.roleId(), c.maxCustomers());
        }
        return pools.setCaps(caps);
    }

    @GetMapping("/customer-pools/{id}/rules")
    @Operation(summary = "The pool's recycle rules (needs admin:sales)")
    List<RecycleRule> rules(@PathVariable long id) {
        return pools.rules(id);
    }

    @PostMapping("/customer-pools/{id}/rules")
    @Operation(summary = "Add a recycle rule to the pool (needs admin:sales)")
    @ResponseStatus(HttpStatus.CREATED)
    RecycleRule addRule(@PathVariable long id, @RequestBody RecycleRuleDraft draft) {
        return pools.addRule(id, draft);
    }

    @PutMapping("/customer-pools/{id}/rules/{ruleId}")
    @Operation(summary = "Change a recycle rule (needs admin:sales)")
    RecycleRule updateRule(@PathVariable long id, @PathVariable long ruleId, @RequestBody RecycleRuleDraft draft) {
        return pools.updateRule(id, ruleId, draft);
    }

    @DeleteMapping("/customer-pools/{id}/rules/{ruleId}")
    @Operation(summary = "Delete a recycle rule (needs admin:sales)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> deleteRule(@PathVariable long id, @PathVariable long ruleId) {
        pools.deleteRule(id, ruleId);
        return ResponseEntity.noContent().build();
    }
}
