package io.qike.crm.importexport.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Response headers for an xlsx download with a Chinese file name (RFC 5987 encoded). */
final class Downloads {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    static OutputStream xlsx(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return response.getOutputStream();
    }
}
