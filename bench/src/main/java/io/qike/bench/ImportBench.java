package io.qike.bench;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Import throughput: a generated customer workbook uploaded to {@code POST /api/v1/imports}
 * (multipart {@code file} and {@code object=CUSTOMER}, answered 202 with a job id), then the job
 * polled until DONE or FAILED. Rows/s = rows in the file / (DONE seen - upload start). Skipped
 * with a message when the app has no import endpoint yet (404).
 */
final class ImportBench {
    /** The customer template's headers (messages.properties customer.*), used when the app offers no template. */
    static final List<String> FALLBACK_HEADERS = List.of("客户名称", "统一社会信用代码", "法定代表人", "注册资本（万元）", "币种",
            "成立日期", "登记状态", "地址", "地区", "行业", "经营范围", "电话", "邮箱", "网站", "负责人", "来源", "客户等级",
            "标签（逗号分隔）");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final Http http;
    private final Companies companies;
    private final Path workDir;

    ImportBench(Http http, Companies companies, Path workDir) {
        this.http = http;
        this.companies = companies;
        this.workDir = workDir;
    }

    Map<String, Object> run(String token, long firstSerial, int rows, int timeoutSeconds) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        List<String> headers = templateHeaders(token, out);
        Path file = workDir.resolve("import-" + rows + ".xlsx");
        long g0 = System.nanoTime();
        writeWorkbook(file, headers, firstSerial, rows);
        out.put("workbookMB", Latencies.round(Files.size(file) / 1048576.0));
        out.put("workbookWriteMs", DataLoader.ms(g0));
        System.out.printf("Import: %,d-row workbook written (%.1f MB, %d headers) in %,d ms%n", rows, Files.size(file) / 1048576.0,
                headers.size(), DataLoader.ms(g0));

        String boundary = "qikebench" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = multipart(boundary, file);
        long start = System.nanoTime();
        Http.Response created = http.send(http.request("/api/v1/imports", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        out.put("uploadMs", DataLoader.ms(start));
        if (created.status() == 404) {
            String msg = "skipped: POST /api/v1/imports answered 404 (the import module is not in this build)";
            System.out.println("  " + msg);
            out.put("skipped", msg);
            return out;
        }
        if (created.status() != 202 && created.status() != 200 && created.status() != 201) {
            throw new IllegalStateException("POST /api/v1/imports answered " + created.status() + ": " + created.body());
        }
        JsonNode job = created.json();
        String id = job.has("id") ? job.get("id").asString() : job.path("jobId").asString();
        if (id.isEmpty()) throw new IllegalStateException("No job id in the answer to POST /api/v1/imports: " + created.body());
        long deadline = start + timeoutSeconds * 1_000_000_000L;
        String status = "";
        long lastPrint = 0;
        while (System.nanoTime() < deadline) {
            job = http.get("/api/v1/imports/" + id, token).json();
            status = job.path("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) break;
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.printf("  %s: %,d processed after %,d s%n", status, job.path("processed").asLong(), (lastPrint - start) / 1_000_000_000L);
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.put("jobId", id);
        out.put("status", status);
        out.put("processed", job.path("processed").asLong());
        out.put("imported", job.path("imported").asLong());
        out.put("errorRows", job.has("errorCount") ? job.path("errorCount").asLong() : job.path("errors").size());
        out.put("seconds", Latencies.round(seconds));
        if (status.equals("DONE")) {
            out.put("rowsPerSecond", Latencies.round(rows / seconds));
        } else {
            // Not finished (or failed): report the rate of what was processed, marked as such.
            out.put("timedOut", !status.equals("FAILED"));
            out.put("processedPerSecond", Latencies.round(job.path("processed").asLong() / seconds));
            out.put("message", job.path("message").asString());
        }
        System.out.printf("  %s after %.1f s: processed %,d, imported %,d%n", status, seconds, job.path("processed").asLong(),
                job.path("imported").asLong());
        return out;
    }

    /** The headers of the app's own template (xlsx or JSON list), else {@link #FALLBACK_HEADERS}. */
    private List<String> templateHeaders(String token, Map<String, Object> out) throws Exception {
        HttpResponse<byte[]> r = http.getBytes("/api/v1/imports/template/CUSTOMER", token);
        String type = r.headers().firstValue("Content-Type").orElse("");
        List<String> headers = null;
        if (r.statusCode() == 200 && type.contains("json")) {
            headers = new ArrayList<>();
            for (JsonNode n : Http.JSON.readTree(new String(r.body(), StandardCharsets.UTF_8))) {
                headers.add(n.isString() ? n.asString() : n.path(n.has("header") ? "header" : "label").asString());
            }
        } else if (r.statusCode() == 200) {
            headers = headerRow(r.body());
        }
        if (headers == null || headers.isEmpty()) {
            out.put("headers", "fallback (GET /api/v1/imports/template/CUSTOMER answered " + r.statusCode() + ")");
            return FALLBACK_HEADERS;
        }
        out.put("headers", "from the app's template");
        return headers;
    }

    /** The first row of the workbook that names the customer (客户名称), or its first non-empty row. */
    private static List<String> headerRow(byte[] xlsx) {
        List<List<String>> rows = new ArrayList<>();
        FastExcel.read(new ByteArrayInputStream(xlsx), new AnalysisEventListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
                if (rows.size() >= 10) return;
                int width = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) cells.add(row.get(i) == null ? "" : row.get(i).trim());
                if (cells.stream().anyMatch(s -> !s.isEmpty())) rows.add(cells);
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
            }
        }).sheet().headRowNumber(0).doRead();
        return rows.stream().filter(r -> r.stream().anyMatch(c -> c.contains("名称"))).findFirst()
                .orElse(rows.isEmpty() ? List.of() : rows.get(0));
    }

    private void writeWorkbook(Path file, List<String> headers, long firstSerial, int rows) {
        List<List<String>> head = headers.stream().map(List::of).toList();
        List<List<Object>> data = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            Companies.Company c = companies.company(firstSerial + i);
            List<Object> row = new ArrayList<>(headers.size());
            for (String h : headers) row.add(value(h.replace("*", "").trim(), c));
            data.add(row);
        }
        FastExcel.write(file.toFile()).head(head).sheet("客户").doWrite(data);
    }

    /** The generated value for a template column, matched on the header's words; unknown columns stay empty. */
    private static String value(String header, Companies.Company c) {
        if (header.contains("信用代码")) return c.creditCode();
        if (header.contains("法定代表人") || header.equals("法人")) return c.legalRepresentative();
        if (header.contains("注册资本")) return Long.toString(c.capitalWan());
        if (header.contains("币种")) return "CNY";
        if (header.contains("成立")) return c.establishedOn().toString();
        if (header.contains("登记状态") || header.contains("经营状态")) return c.status();
        if (header.contains("经营范围")) return c.scope();
        if (header.contains("地址")) return c.address();
        if (header.contains("地区")) return c.region();
        if (header.contains("行业")) return c.industry();
        if (header.contains("电话") || header.contains("手机")) return c.phone();
        if (header.contains("邮箱")) return c.email();
        if (header.contains("网站") || header.contains("网址")) return c.website();
        if (header.contains("等级")) return c.level();
        if (header.contains("标签")) return String.join(",", c.tags());
        if (header.contains("名称")) return c.name();
        return null; // owner, source and custom fields: left to the app's defaults
    }

    private static byte[] multipart(String boundary, Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String objectPart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"object\"\r\n\r\nCUSTOMER\r\n";
        String filePart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: " + XLSX + "\r\n\r\n";
        out.write(objectPart.getBytes(StandardCharsets.UTF_8));
        out.write(filePart.getBytes(StandardCharsets.UTF_8));
        out.write(Files.readAllBytes(file));
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
