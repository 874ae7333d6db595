package io.qike.crm.lead.web;

import io.qike.crm.lead.LeadQuery;
import io.qike.crm.lead.LeadPools;
import io.qike.crm.lead.LeadService;
import io.qike.crm.platform.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 销售线索 and 线索池 in the H5 frame: the same services as the web pages, so permissions and data scope are the same. */
@Controller
class LeadH5PageController {
    private final LeadService leads;
    private final LeadPools pools;

    LeadH5PageController(LeadService leads, LeadPools pools) {
        this.leads = leads;
        this.pools = pools;
    }

    @GetMapping("/h5/leads")
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", leads.search(new LeadQuery(q, null, null, null, 0, 30)));
        return "h5/leads";
    }

    @GetMapping("/h5/leads/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("l", leads.get(id));
        return "h5/lead";
    }

    @PostMapping("/h5/leads/{id}/claim")
    String claim(@PathVariable long id, RedirectAttributes redirect) {
        try {
            leads.claim(id);
            redirect.addFlashAttribute("flash", "lead.claimed");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("leadError", e.messageKey());
        }
        return "redirect:/h5/leads/" + id;
    }

    @GetMapping("/h5/lead-pools")
    String pools(Model model) {
        model.addAttribute("pools", pools.mine());
        return "h5/lead-pools";
    }

    @GetMapping("/h5/lead-pools/{id}")
    String pool(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("pool", pools.mine(id));
        model.addAttribute("q", q);
        model.addAttribute("page", leads.waiting(id, q, 0, 30));
        return "h5/lead-pool";
    }
}
