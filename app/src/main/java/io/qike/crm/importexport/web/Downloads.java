package io.qike.crm.importexport.web;

import io.qike.crm.importexport.Download;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/** Response headers for an xlsx download with a Chinese file name (see {@link Download#xlsx}). */
final class Downloads {
    private Downloads() {
    }

    static OutputStream xlsx(HttpServletResponse response, String fileName) throws IOException {
        return Download.xlsx(response).open(fileName);
    }
}
