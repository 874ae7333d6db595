package io.qike.crm.intel.web;

import io.qike.crm.importexport.Download;
import io.qike.crm.intel.exports.IntelExports;
import io.qike.crm.intel.exports.Sheet;
import io.qike.crm.intel.lists.CompanyLists;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saved company lists (名单): browse, export as xlsx, mine partnerships among a list's companies, delete. */
@Controller
@RequestMapping("/intel/lists")
class CompanyListPageController {
    private final CompanyLists lists;
    private final IntelExports exports;

    CompanyListPageController(CompanyLists lists, IntelExports exports) {
        this.lists = lists;
        this.exports = exports;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("lists", lists.all());
        return "intel/lists";
    }

    @GetMapping("/{id}")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("list", lists.get(id));
        return "intel/list";
    }

    @GetMapping("/{id}/export")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        Sheet sheet = exports.list(id);
        sheet.writeTo(Download.xlsx(response));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        lists.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/intel/lists";
    }
}
