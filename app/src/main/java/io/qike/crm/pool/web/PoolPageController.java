package io.qike.crm.pool.web;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.pool.Pool;
import io.qike.crm.pool.PoolCustomerPage;
import io.qike.crm.pool.PoolCustomers;
import io.qike.crm.pool.PoolFields;
import io.qike.crm.pool.PoolMove;
import io.qike.crm.pool.PoolRecycling;
import io.qike.crm.pool.Pools;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 公海 on the web: the pools the user may open, a pool's customers with 领取, 移入 and 分配, and 退回 from a customer's page. */
@Controller
class PoolPageController {
    private final Pools pools;
    private final PoolCustomers customers;
    private final UserService users;
    private final PoolRecycling recycling;

    PoolPageController(Pools pools, PoolCustomers customers, UserService users, PoolRecycling recycling) {
        this.recycling = recycling;
        this.pools = pools;
        this.customers = customers;
        this.users = users;
    }

    @GetMapping("/pools")
    String list(Model model) {
        List<Pool> mine = pools.mine();
        if (mine.size() == 1) return "redirect:/pools/" + mine.get(0).id();
        model.addAttribute("pools", mine);
        return "pools/list";
    }

    @GetMapping("/pools/{id}")
    String pool(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Pool pool = customers.open(id);
        PoolCustomerPage result = customers.page(id, q, page, 20);
        boolean admin = customers.administers(pool);
        model.addAttribute("pool", pool);
        model.addAttribute("pools", pools.mine());
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("fields", PoolFields.CODES.stream().filter(pool.visibleFields()::contains).toList());
        model.addAttribute("admin", admin);
        if (admin) {
            model.addAttribute("users", users.list().stream().filter(u -> "ACTIVE".equals(u.status())).toList());
            model.addAttribute("moves", customers.recentMoves(id));
        }
        return htmx != null ? "pools/pool :: results" : "pools/pool";
    }

    @PostMapping("/pools/{id}/customers/{customerId}/claim")
    String claim(@PathVariable long id, @PathVariable long customerId, RedirectAttributes redirect) {
        try {
            PoolMove move = customers.claim(customerId);
            redirect.addFlashAttribute("poolFlash", "pool.claimed");
            redirect.addFlashAttribute("poolFlashArg", move.customerName());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("poolError", e.messageKey());
        }
        return "redirect:/pools/" + id;
    }

    @PostMapping("/pools/{id}/moves")
    String move(@PathVariable long id, @RequestParam(defaultValue = "") String customerIds, RedirectAttributes redirect) {
        List<Long> ids = new ArrayList<>();
        for (String part : customerIds.split("[,，\\s]+")) {
            if (part.isBlank()) continue;
            try {
                ids.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                redirect.addFlashAttribute("poolError", "pool.move.hint");
                return "redirect:/pools/" + id;
            }
        }
        try {
            int moved = customers.moveIn(id, ids).size();
            redirect.addFlashAttribute("poolFlash", "pool.moved");
            redirect.addFlashAttribute("poolFlashArg", moved);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("poolError", "pool.move.hint");
        }
        return "redirect:/pools/" + id;
    }

    @PostMapping("/pools/{id}/customers/{customerId}/assign")
    String assign(@PathVariable long id, @PathVariable long customerId, @RequestParam long userId, RedirectAttributes redirect) {
        try {
            PoolMove move = customers.assign(id, customerId, userId);
            redirect.addFlashAttribute("poolFlash", "pool.assigned");
            redirect.addFlashAttribute("poolFlashArg", move.customerName());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("poolError", e.messageKey());
        }
        return "redirect:/pools/" + id;
    }

    /** The 退回公海 section of a customer's page: shown to its owner when they may return it (lazy, htmx). */
    @GetMapping("/customers/{customerId}/pool-return")
    String returnForm(@PathVariable long customerId, Model model) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("pools", customers.returnablePools(customerId));
        return "pools/return :: form";
    }

    @PostMapping("/pools/return")
    String giveBack(@RequestParam long customerId, @RequestParam(required = false) Long poolId,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            PoolMove move = customers.giveBack(customerId, poolId, reason);
            redirect.addFlashAttribute("poolFlash", "pool.returned");
            redirect.addFlashAttribute("poolFlashArg", move.customerName());
            return "redirect:/pools/" + move.poolId();
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("flash", "pool.return.reason");
            return "redirect:/customers/" + customerId;
        }
    }

    /** 即将被回收的客户 on the home page (lazy, htmx). */
    @GetMapping("/pools/due-soon")
    String dueSoon(Model model) {
        model.addAttribute("due", recycling.mineDueSoon());
        return "pools/due-soon :: section";
    }
}
