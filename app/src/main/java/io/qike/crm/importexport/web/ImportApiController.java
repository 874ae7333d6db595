package io.qike.crm.importexport.web;

import io.qike.crm.importexport.ImportJob;
import io.qike.crm.importexport.ImportMode;
import io.qike.crm.importexport.ImportObject;
import io.qike.crm.importexport.ImportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "导入")
class ImportApiController {
    private final ImportService imports;
    private final MessageSource messages;

    ImportApiController(ImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import customers or contacts from an xlsx",
            description = "Upload an xlsx (part 'file') into CUSTOMER, CONTACT or OPPORTUNITY; 202 with the queued job. With mode ALL_OR_NOTHING "
            + "(the default) nothing is imported unless every row is valid; with PARTIAL the good rows are imported and the bad ones "
            + "skipped. With customerPoolId (CUSTOMER only) the customers go straight into that public pool without owner (an owner "
            + "column is ignored); the caller must administer the pool, else 400. Poll the job for progress and the error report (errors.xlsx: the uploaded workbook with the bad cells marked)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<JobView> submit(@RequestParam String object, @RequestParam(required = false) String mode,
                                   @RequestParam(name = ImportService.POOL_FIELD, required = false) String customerPoolId,
                                   @RequestPart(required = false) MultipartFile file, Locale locale) throws IOException {
        ImportObject target = ImportObject.parse(object);
        ImportMode how = ImportMode.parse(mode);
        Long poolId = ImportPageController.poolId(customerPoolId);
        ImportJob job = file == null ? imports.submit(target, how, poolId, null, 0, java.io.InputStream.nullInputStream())
                : imports.submit(target, how, poolId, file.getOriginalFilename(), file.getSize(), file.getInputStream());
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(view(job, locale));
    }

    @GetMapping
    @Operation(summary = "Recent import jobs of the objects the caller may import")
    List<JobView> list(Locale locale) {
        return imports.recent().stream().map(j -> view(j, locale)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import job's progress, counts and error lines")
    JobView get(@PathVariable long id, Locale locale) {
        return view(imports.get(id), locale);
    }

    @GetMapping("/{id}/errors.xlsx")
    @Operation(summary = "The job's error report as xlsx")
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response) {
        imports.writeErrorReport(id, locale, name -> Downloads.xlsx(response, name));
    }

    @GetMapping("/template/{object}")
    @Operation(summary = "The import template for CUSTOMER, CONTACT or OPPORTUNITY in the caller's language, with the tenant's custom fields")
    void template(@PathVariable String object, Locale locale, HttpServletResponse response) {
        imports.writeTemplate(ImportObject.parse(object), locale, name -> Downloads.xlsx(response, name));
    }

    private JobView view(ImportJob j, Locale locale) {
        String message = j.message() == null ? null : messages.getMessage(j.message().key(), j.message().argArray(), locale);
        return JobView.of(j, message, imports.errorLines(j, locale));
    }
}
