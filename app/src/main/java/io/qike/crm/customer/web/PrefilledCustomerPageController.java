package io.qike.crm.customer.web;

import io.qike.crm.customer.CustomerPrefill;
import io.qike.crm.customer.CustomerPrefills;
import io.qike.crm.customer.CustomerService.SimilarNames;
import io.qike.crm.customer.PrefillUnavailableException;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer form prefilled by another module ({@link CustomerPrefills}, such as the registry's 工商新建): shown
 * with the filled fields marked, and saved through the source so that it keeps its record with the customer.
 */
@Controller
@RequestMapping("/customers/new/{source}")
class PrefilledCustomerPageController {
    static final String REFERENCE = "reference";
    private final List<CustomerPrefills> sources;
    private final CustomerFormPage formPage;
    private final FormErrors formErrors;

    PrefilledCustomerPageController(List<CustomerPrefills> sources, CustomerFormPage formPage, FormErrors formErrors) {
        this.sources = sources;
        this.formPage = formPage;
        this.formErrors = formErrors;
    }

    @GetMapping
    String form(@PathVariable String source, @RequestParam(REFERENCE) String reference, Model model, HttpServletResponse response) {
        CustomerPrefills s = find(source);
        CustomerPrefill p;
        try {
            p = s.prefill(reference);
        } catch (PrefillUnavailableException e) {
            response.setStatus(e.status());
            model.addAttribute("errorKey", "error.prefill_unavailable");
            model.addAttribute("problems", e.explanation());
            return "error/page";
        }
        CustomerForm form = CustomerForm.of(p.draft());
        form.setOwnerId(CurrentUser.require().userId());
        return formPage.render(model, form, Map.of(), shown(s, reference, p));
    }

    @PostMapping
    String create(@PathVariable String source, @ModelAttribute("form") CustomerForm form, @RequestParam(REFERENCE) String reference,
                  @RequestParam(defaultValue = "false") boolean confirmSimilar, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        CustomerPrefills s = find(source);
        try {
            long id = s.create(reference, form.toDraft(), confirmSimilar ? SimilarNames.ACCEPT : SimilarNames.REFUSE);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/customers/" + id;
        } catch (InvalidInputException e) {
            return formPage.render(model, form, formErrors.of(request, e), shown(s, reference, s.marks(reference)));
        } catch (ConflictException e) {
            return formPage.render(model, form, formPage.conflict(model, e), shown(s, reference, s.marks(reference)));
        }
    }

    private CustomerPrefills find(String source) {
        return sources.stream().filter(s -> s.source().equals(source)).findFirst()
                .orElseThrow(() -> new NotFoundException("prefill_source", source));
    }

    private static CustomerFormPage.Prefill shown(CustomerPrefills s, String reference, CustomerPrefill p) {
        return new CustomerFormPage.Prefill("/customers/new/" + s.source(), REFERENCE, reference, p.fields(), p.mark(), p.note());
    }
}
