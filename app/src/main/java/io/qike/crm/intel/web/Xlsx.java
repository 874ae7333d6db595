package io.qike.crm.intel.web;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A one-sheet xlsx download with a Chinese file name (intel's tables are small; no streaming needed). */
final class Xlsx {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Xlsx() {
    }

    static void send(HttpServletResponse response, String title, List<String> headers, List<List<Object>> rows) throws IOException {
        String fileName = title + "-" + LocalDateTime.now().format(STAMP) + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        try (ExcelWriter writer = FastExcel.write(out).autoCloseStream(false).build()) {
            writer.write(rows, FastExcel.writerSheet(0, title).head(headers.stream().map(List::of).toList()).build());
        }
        out.flush();
    }
}
