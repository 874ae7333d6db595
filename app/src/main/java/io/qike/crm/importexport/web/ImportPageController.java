package io.qike.crm.importexport.web;

import io.qike.crm.importexport.ImportJob;
import io.qike.crm.importexport.ImportMode;
import io.qike.crm.importexport.ImportObject;
import io.qike.crm.importexport.ImportService;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import pages: job list, upload form, and a job's progress (polled with htmx) and error report. */
@Controller
class ImportPageController {
    /** Errors shown on the page; the downloadable report has them all. */
    static final int ERRORS_ON_PAGE = 500;
    private final ImportService imports;
    private final FormErrors formErrors;

    ImportPageController(ImportService imports, FormErrors formErrors) {
        this.imports = imports;
        this.formErrors = formErrors;
    }

    @GetMapping("/imports")
    String list(Model model) {
        model.addAttribute("jobs", imports.recent());
        model.addAttribute("objects", importable());
        return "imports/list";
    }

    @GetMapping("/imports/new")
    String form(@RequestParam(required = false) String object, Model model) {
        return form(model, object == null ? importable().get(0) : ImportObject.parse(object), Map.of());
    }

    @PostMapping("/imports")
    String upload(@RequestParam String object, @RequestParam(required = false) String mode,
                  @RequestParam(name = ImportService.POOL_FIELD, required = false) String pool,
                  @RequestParam(required = false) MultipartFile file, HttpServletRequest request, Model model) throws IOException {
        ImportObject target = ImportObject.parse(object);
        try {
            ImportMode how = ImportMode.parse(mode);
            Long poolId = poolId(pool);
            ImportJob job = file == null || file.isEmpty() ? imports.submit(target, how, poolId, null, 0, java.io.InputStream.nullInputStream())
                    : imports.submit(target, how, poolId, file.getOriginalFilename(), file.getSize(), file.getInputStream());
            return "redirect:/imports/" + job.id();
        } catch (InvalidInputException e) {
            return form(model, target, formErrors.of(request, e));
        }
    }

    /** The whole page, or (for htmx polling) only the job card, which stops polling once the job is finished. */
    @GetMapping("/imports/{id}")
    String detail(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Locale locale,
                  Model model) {
        ImportJob job = imports.get(id);
        List<ImportService.ErrorLine> errors = imports.errorLines(job, locale);
        model.addAttribute("job", job);
        model.addAttribute("errors", errors.size() > ERRORS_ON_PAGE ? errors.subList(0, ERRORS_ON_PAGE) : errors);
        model.addAttribute("errorsCut", errors.size() > ERRORS_ON_PAGE);
        model.addAttribute("errorsOnPage", ERRORS_ON_PAGE);
        return htmx != null ? "imports/detail :: job" : "imports/detail";
    }

    @GetMapping("/imports/{id}/errors")
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response) {
        imports.writeErrorReport(id, locale, name -> Downloads.xlsx(response, name));
    }

    @GetMapping("/imports/template/{object}")
    void template(@PathVariable String object, Locale locale, HttpServletResponse response) {
        imports.writeTemplate(ImportObject.parse(object), locale, name -> Downloads.xlsx(response, name));
    }

    private String form(Model model, ImportObject object, Map<String, String> errors) {
        model.addAttribute("object", object);
        model.addAttribute("objects", importable());
        model.addAttribute("errors", errors);
        model.addAttribute("limits", imports.limits());
        model.addAttribute("pools", object == ImportObject.CUSTOMER ? imports.pools() : List.of());
        return "imports/new";
    }

    /** The chosen public pool (导入到公海), none when blank; text that is no id is the field's problem. */
    static Long poolId(String value) {
        Checks checks = new Checks();
        Long id = checks.id(ImportService.POOL_FIELD, value);
        checks.throwIfAny();
        return id;
    }

    /** The objects this user may import into, for the choice on the form. */
    private static List<ImportObject> importable() {
        QikeUser me = CurrentUser.require();
        List<ImportObject> objects = Arrays.stream(ImportObject.values()).filter(o -> me.can(o.importPermission())).toList();
        return objects.isEmpty() ? List.of(ImportObject.CUSTOMER) : objects;
    }
}
