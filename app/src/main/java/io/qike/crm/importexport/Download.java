package io.qike.crm.importexport;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Where a generated file goes. The service opens it only after its permission check has passed
 * and it has named the file, so a refusal still reaches the caller as a clean error, not as a
 * half-announced download.
 */
@FunctionalInterface
public interface Download {
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    OutputStream open(String fileName) throws IOException;

    /** An xlsx download in the response, its Chinese file name RFC 5987 encoded. */
    static Download xlsx(HttpServletResponse response) {
        return fileName -> {
            response.setContentType(XLSX);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return response.getOutputStream();
        };
    }
}
