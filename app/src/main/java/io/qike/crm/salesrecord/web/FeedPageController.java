package io.qike.crm.salesrecord.web;

import io.qike.crm.customer.CustomerPicker;
import io.qike.crm.customer.NearbyCustomers;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.web.FormErrors;
import io.qike.crm.salesrecord.Feed;
import io.qike.crm.salesrecord.Place;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作圈 on the H5 pages (with its composer: 分享, 销售记录, and 外勤 through the check-in page) and on the web, and the
 * 外勤 check-in itself. Each save goes to one service method; a refused one comes back with its problems.
 */
@Controller
class FeedPageController {
    private static final int OFFERED_NEARBY = 5;
    private final Feed feed;
    private final SalesRecordService records;
    private final NearbyCustomers nearby;
    private final CustomerPicker picker;
    private final FormErrors formErrors;

    FeedPageController(Feed feed, SalesRecordService records, NearbyCustomers nearby, CustomerPicker picker, FormErrors formErrors) {
        this.feed = feed;
        this.records = records;
        this.nearby = nearby;
        this.picker = picker;
        this.formErrors = formErrors;
    }

    @GetMapping("/h5/feed")
    String h5(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "share") String compose, Model model) {
        return render("h5/feed", page, compose, Map.of(), model);
    }

    @GetMapping("/feed")
    String web(@RequestParam(defaultValue = "0") int page, Model model) {
        return render("records/feed", page, "share", Map.of(), model);
    }

    @PostMapping({"/h5/feed/share", "/feed/share"})
    String share(@RequestParam(required = false) String content, @RequestParam(required = false) Long customerId,
                 HttpServletRequest request, Model model, RedirectAttributes flash) {
        String back = request.getRequestURI().startsWith("/h5") ? "/h5/feed" : "/feed";
        try {
            feed.share(content, customerId);
        } catch (InvalidInputException e) {
            model.addAttribute("typed", content);
            return render(back.equals("/feed") ? "records/feed" : "h5/feed", 0, "share", formErrors.of(request, e), model);
        }
        flash.addFlashAttribute("flash", "feed.shared");
        return "redirect:" + back;
    }

    @PostMapping("/h5/feed/record")
    String record(@RequestParam(required = false) Long customerId, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String content,
                  @RequestParam(value = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
                  HttpServletRequest request, Model model, RedirectAttributes flash) {
        try {
            records.create(new SalesRecordDraft(customerId, null, type, content, null, Map.of()), Uploads.of(files));
        } catch (InvalidInputException e) {
            model.addAttribute("typed", content);
            model.addAttribute("customerId", customerId);
            model.addAttribute("customerLabel", picker.label(customerId));
            return render("h5/feed", 0, "record", formErrors.of(request, e), model);
        }
        flash.addFlashAttribute("flash", "feed.recorded");
        return "redirect:/h5/feed";
    }

    /** 外勤: the page finds where the member is and offers the nearest customers (see {@link #offered}). */
    @GetMapping("/h5/checkin")
    String checkIn(@RequestParam(required = false) Long customerId, Model model) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("customerLabel", picker.label(customerId));
        model.addAttribute("errors", Map.of());
        return "h5/checkin";
    }

    @GetMapping("/h5/checkin/nearby")
    String offered(@RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude, Model model) {
        model.addAttribute("offered", latitude == null || longitude == null ? List.of()
                : nearby.around(latitude, longitude, NearbyCustomers.MAX_RADIUS_METERS, OFFERED_NEARBY));
        return "h5/checkin :: offered";
    }

    @PostMapping("/h5/checkin")
    String checkIn(@RequestParam(required = false) Long customerId, @RequestParam(required = false) String content,
                   @RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
                   @RequestParam(required = false) String locationAddress, @RequestParam(defaultValue = "false") boolean placeIsCustomers,
                   HttpServletRequest request, Model model, RedirectAttributes flash) {
        try {
            records.checkIn(customerId, content, new Place(latitude, longitude, locationAddress), placeIsCustomers);
        } catch (InvalidInputException e) {
            model.addAttribute("customerId", customerId);
            model.addAttribute("customerLabel", picker.label(customerId));
            model.addAttribute("typed", content);
            model.addAttribute("errors", formErrors.listed(request, e));
            return "h5/checkin";
        }
        flash.addFlashAttribute("flash", "feed.checkedIn");
        return "redirect:/h5/feed";
    }

    private String render(String view, int page, String compose, Map<String, String> errors, Model model) {
        model.addAttribute("items", feed.page(page));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", Feed.PAGE_SIZE);
        model.addAttribute("compose", "record".equals(compose) ? "record" : "share");
        model.addAttribute("types", SalesRecordService.TYPES);
        model.addAttribute("errors", errors);
        return view;
    }
}
