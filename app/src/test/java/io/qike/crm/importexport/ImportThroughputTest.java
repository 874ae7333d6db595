package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A measurement, not a check: imports a generated file of 100,000 customers (credit codes, custom
 * values, a few thousand existing customers to check against) and prints the rate. Run by hand:
 * {@code -Dtest=ImportThroughputTest -Dqike.throughput=true}; a timed assertion would only make the
 * suite flaky on a busy machine.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "qike.throughput", matches = "true")
class ImportThroughputTest {
    static final int ROWS = Integer.getInteger("qike.throughput.rows", 100_000);

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomFields customFields;
    @Autowired ApiTokens tokens;

    @Test
    void importsAHundredThousandCustomers() throws Exception {
        // -Dqike.throughput.jfr=/tmp/import.jfr records a CPU profile of the measured part.
        String jfr = System.getProperty("qike.throughput.jfr");
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            measure(jfr == null ? null : recording);
            if (jfr != null) recording.dump(java.nio.file.Path.of(jfr));
        }
    }

    private void measure(jdk.jfr.Recording recording) {
        TestTenant tenant = fixtures.tenant();
        fixtures.asRun(tenant.adminId(), () -> {
            customFields.define(CustomObject.CUSTOMER, "grade", "行业等级", FieldType.SINGLE_SELECT, List.of("金牌", "银牌"), false, false, true);
            customFields.define(CustomObject.CUSTOMER, "budget", "年度预算", FieldType.MONEY, List.of(), false, false, true);
        });
        ImportClient client = new TestClients(port, tokens, fixtures).imports(tenant.adminId());
        List<String> header = List.of("客户名称", "统一社会信用代码", "法定代表人", "注册资本（万元）", "成立日期", "登记状态", "地址", "地区", "行业",
                "电话", "邮箱", "来源", "客户等级", "标签", "行业等级", "年度预算");
        // Existing customers first, so that the duplicate check has something to look through.
        JsonNode seed = client.importFile("CUSTOMER", Xlsx.of(header, rows(1_000_000, 5_000)));
        assertThat(seed.get("status").asString()).isEqualTo("DONE");

        long built = System.nanoTime();
        byte[] file = Xlsx.of(header, rows(0, ROWS));
        System.out.printf("generated %d rows: %.1f MB in %d ms%n", ROWS, file.length / 1e6, (System.nanoTime() - built) / 1_000_000);
        if (recording != null) recording.start();
        long start = System.nanoTime();
        ImportClient.Download r = client.upload("CUSTOMER", "big.xlsx", file);
        long accepted = System.nanoTime();
        JsonNode job = client.await(r.json().get("id").asLong());
        long end = System.nanoTime();
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        double seconds = (end - start) / 1e9;
        System.out.printf("THROUGHPUT: %d rows in %.1f s (upload %.1f s) = %.0f rows/s%n", job.get("imported").asInt(), seconds,
                (accepted - start) / 1e9, ROWS / seconds);

        long exportStart = System.nanoTime();
        ImportClient.Download export = client.get("/api/v1/customers/export");
        System.out.printf("EXPORT: %d rows, %.1f MB in %.1f s%n", Xlsx.read(export.body(), 0).size() - 1, export.body().length / 1e6,
                (System.nanoTime() - exportStart) / 1e9);
    }

    private static List<List<Object>> rows(int from, int count) {
        List<List<Object>> rows = new ArrayList<>(count);
        String[] cities = {"上海", "北京", "杭州", "深圳", "成都"};
        for (int i = from; i < from + count; i++) {
            String city = cities[i % cities.length];
            rows.add(Xlsx.row(city + "测试" + i + "号科技有限公司", Xlsx.code(i), "张" + (i % 100), String.valueOf(100 + i % 5000),
                    "20%02d-%02d-%02d".formatted(i % 20, 1 + i % 12, 1 + i % 28), "存续", city + "市某某路" + i + "号", city,
                    "软件和信息技术服务业", "021-6" + String.format("%07d", i % 10_000_000), "info" + i + "@example.com", "展会",
                    "ABCD".substring(i % 4, i % 4 + 1), "重点,华东", i % 2 == 0 ? "金牌" : "银牌", "12345.6"));
        }
        return rows;
    }
}
