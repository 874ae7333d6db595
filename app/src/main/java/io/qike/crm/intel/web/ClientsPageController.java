package io.qike.crm.intel.web;

import io.qike.crm.importexport.Download;
import io.qike.crm.intel.clients.ClientConversions;
import io.qike.crm.intel.clients.CompanyClients;
import io.qike.crm.intel.clients.Conversion;
import io.qike.crm.intel.clients.ListedClient;
import io.qike.crm.intel.clients.ListedClients;
import io.qike.crm.intel.exports.IntelExports;
import io.qike.crm.intel.exports.Sheet;
import io.qike.crm.intel.lists.CompanyList;
import io.qike.crm.intel.lists.CompanyLists;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.ProblemWriter;
import io.qike.crm.registry.ProviderFailure;
import io.qike.crm.registry.ProviderProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 其客户 tab of a customer's page, loaded by htmx from a link there (the customer module knows nothing of
 * intel): the company's customers by year, with one-click and bulk conversion, export and saving as a list.
 * Row numbers refer to the list as shown; {@code fetchedAt} tells when it has changed since.
 */
@Controller
@RequestMapping("/intel/customers/{customerId}/customers-of")
class ClientsPageController {
    private static final String PANEL = "intel/customers-of :: panel";
    private final CompanyClients customersOf;
    private final ClientConversions conversions;
    private final CompanyLists lists;
    private final IntelExports exports;
    private final ProviderProblems providerProblems;
    private final ProblemWriter problems;
    private final MessageSource messages;

    ClientsPageController(CompanyClients customersOf, ClientConversions conversions, CompanyLists lists, IntelExports exports,
                              ProviderProblems providerProblems, ProblemWriter problems, MessageSource messages) {
        this.customersOf = customersOf;
        this.conversions = conversions;
        this.lists = lists;
        this.exports = exports;
        this.providerProblems = providerProblems;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping
    String panel(@PathVariable long customerId, @RequestParam(required = false) String year,
                 @RequestParam(defaultValue = "false") boolean refresh, Model model) {
        return show(model, customerId, () -> customersOf.ofCustomer(customerId, year, refresh), null);
    }

    @PostMapping("/convert")
    String convert(@PathVariable long customerId, @RequestParam(required = false) String year, @RequestParam(required = false) List<Integer> rows,
                   @RequestParam(required = false) Integer one, @RequestParam(required = false) Long fetchedAt, Model model,
                   HttpServletRequest request) {
        return act(model, customerId, year, request, list -> {
            List<ListedClient> picked = pick(list, one != null ? List.of(one) : rows, fetchedAt);
            Conversion done = conversions.convert(picked.stream().map(i -> new ClientConversions.Company(i.name(), i.keyNo())).toList());
            return text("intel.customersOf.converted", done.count(Conversion.Result.CREATED), done.count(Conversion.Result.EXISTING),
                    done.count(Conversion.Result.FAILED));
        });
    }

    @PostMapping("/list")
    String saveAsList(@PathVariable long customerId, @RequestParam(required = false) String year,
                      @RequestParam(required = false) List<Integer> rows, @RequestParam(required = false) Long fetchedAt,
                      @RequestParam(required = false) String listName, Model model, HttpServletRequest request) {
        return act(model, customerId, year, request, list -> {
            List<ListedClient> picked = pick(list, rows, fetchedAt);
            long id = lists.addTo(listName, picked.stream().map(i -> new CompanyList.Item(i.name(), i.keyNo(), list.company(), i.year(),
                    i.salesAmount(), i.salesPercent(), i.relationship(), i.source())).toList());
            model.addAttribute("listId", id);
            return text("intel.customersOf.listed", picked.size(), listName.strip());
        });
    }

    @PostMapping("/export")
    void export(@PathVariable long customerId, @RequestParam(required = false) String year, @RequestParam(required = false) List<Integer> rows,
                @RequestParam(required = false) Long fetchedAt, HttpServletResponse response) throws IOException {
        ListedClients list = customersOf.ofCustomer(customerId, year, false);
        List<ListedClient> picked = rows == null || rows.isEmpty() ? list.items() : pick(list, rows, fetchedAt);
        Sheet sheet = exports.customersOf(list.company(), picked);
        sheet.writeTo(Download.xlsx(response));
    }

    /** Does something with the ticked rows of the list as shown, then shows the list again with what happened. */
    private String act(Model model, long customerId, String year, HttpServletRequest request, Function<ListedClients, String> action) {
        String notice;
        try {
            notice = action.apply(customersOf.ofCustomer(customerId, year, false));
        } catch (InvalidInputException e) {
            notice = problems.message(request, e.problems().get(0));
        } catch (ProviderFailure | ConflictException e) {
            notice = null; // shown by the panel as it reloads the list
        }
        return show(model, customerId, () -> customersOf.ofCustomer(customerId, year, false), notice);
    }

    private String show(Model model, long customerId, Supplier<ListedClients> load, String notice) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("notice", notice);
        try {
            model.addAttribute("result", load.get());
        } catch (ProviderFailure f) {
            model.addAttribute("problem", PanelProblem.of(f, providerProblems));
        } catch (ConflictException e) {
            model.addAttribute("problem", PanelProblem.of(text(e.messageKey())));
        } catch (InvalidInputException e) {
            model.addAttribute("problem", PanelProblem.of(text(e.problems().get(0).messageKey())));
        }
        return PANEL;
    }

    /** The rows the user ticked, if the list is still the one shown. */
    private static List<ListedClient> pick(ListedClients list, List<Integer> rows, Long fetchedAt) {
        if (fetchedAt == null || fetchedAt != list.fetchedAt().toEpochMilli()) {
            throw new InvalidInputException(io.qike.crm.platform.FieldProblem.of("rows", "stale_list"));
        }
        if (rows == null || rows.isEmpty()) throw new InvalidInputException(io.qike.crm.platform.FieldProblem.of("rows", "none_selected"));
        return rows.stream().filter(i -> i != null && i >= 0 && i < list.items().size()).distinct().map(list.items()::get).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
