package io.qike.crm.pool.web;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.pool.Pool;
import io.qike.crm.pool.PoolCustomers;
import io.qike.crm.pool.PoolFields;
import io.qike.crm.pool.PoolMove;
import io.qike.crm.pool.Pools;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 公海 on the H5 pages: a pool's customers (the first pool, or the one chosen) and 领取, through the same services. */
@Controller
class PoolH5PageController {
    private final Pools pools;
    private final PoolCustomers customers;

    PoolH5PageController(Pools pools, PoolCustomers customers) {
        this.pools = pools;
        this.customers = customers;
    }

    @GetMapping("/h5/pools")
    String pools(@RequestParam(required = false) Long poolId, @RequestParam(required = false) String q,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        List<Pool> mine = pools.mine();
        model.addAttribute("pools", mine);
        model.addAttribute("q", q);
        if (!mine.isEmpty()) {
            Pool pool = poolId == null ? mine.get(0) : customers.open(poolId);
            model.addAttribute("pool", pool);
            model.addAttribute("fields", PoolFields.CODES.stream().filter(pool.visibleFields()::contains).limit(3).toList());
            model.addAttribute("result", customers.page(pool.id(), q, page, 20));
        }
        return "h5/pools";
    }

    @PostMapping("/h5/pools/{poolId}/customers/{customerId}/claim")
    String claim(@PathVariable long poolId, @PathVariable long customerId, RedirectAttributes redirect) {
        try {
            PoolMove move = customers.claim(customerId);
            redirect.addFlashAttribute("poolFlash", "pool.claimed");
            redirect.addFlashAttribute("poolFlashArg", move.customerName());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("poolError", e.messageKey());
        }
        return "redirect:/h5/pools?poolId=" + poolId;
    }
}
