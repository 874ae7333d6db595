package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The two ways to import a file with bad rows: all or nothing (the default) and partial, and the error
 * report both give: the user's own workbook with the bad cells marked and a reason column.
 */
@IntegrationTest
class ImportModesTest {
    static final List<String> HEADER = List.of("客户名称*", "统一社会信用代码", "客户等级", "行业等级");

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired CustomFields customFields;
    TestTenant tenant;
    Api admin;
    ImportClient imports;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        TestClients clients = new TestClients(port, tokens, fixtures);
        admin = clients.api(tenant.adminId());
        imports = clients.imports(tenant.adminId());
        fixtures.asRun(tenant.adminId(), () -> customFields.define(CustomObject.CUSTOMER, "grade", "行业等级", FieldType.SINGLE_SELECT,
                List.of("金牌", "银牌"), false, false, true));
    }

    /** Three good rows (Excel rows 2, 4, 6) and two bad ones (3: an unknown level, 5: an unknown grade). */
    static byte[] threeGoodTwoBad() {
        return Xlsx.of(HEADER, List.of(
                Xlsx.row("部分导入甲有限公司", Xlsx.code(101), "A", "金牌"),
                Xlsx.row("等级不对有限公司", Xlsx.code(102), "VIP", null),
                Xlsx.row("部分导入乙有限公司", null, "B 普通", null),
                Xlsx.row("行业等级不对有限公司", null, null, "铜牌"),
                Xlsx.row("部分导入丙有限公司", null, null, "银牌")));
    }

    @Test
    void aPartialImportImportsTheGoodRowsAndReportsOnlyTheBadOnesInTheUsersWorkbook() throws IOException {
        JsonNode job = imports.importFile("CUSTOMER", "PARTIAL", threeGoodTwoBad());

        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("mode").asString()).isEqualTo("PARTIAL");
        assertThat(job.get("imported").asInt()).isEqualTo(3);
        assertThat(job.get("skipped").asInt()).isEqualTo(2);
        assertThat(job.get("errors").valueStream().map(e -> e.get("row").asInt()).toList()).containsExactly(3, 5);
        assertThat(admin.get("/api/v1/customers").json().get("total").asLong()).isEqualTo(3);

        try (XSSFWorkbook report = report(job)) {
            Sheet sheet = report.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("客户名称*", "统一社会信用代码", "客户等级", "行业等级", "错误原因");
            assertThat(sheet.getLastRowNum()).as("the header and the two skipped rows").isEqualTo(2);
            assertThat(texts(sheet.getRow(1))).startsWith("等级不对有限公司");
            assertThat(texts(sheet.getRow(2))).startsWith("行业等级不对有限公司");
            assertMarked(sheet.getRow(1).getCell(2), "“VIP”不是可选的值，可选：A 重点、B 普通、C 一般、D 低");
            assertMarked(sheet.getRow(2).getCell(3), "“铜牌”不是可选的值，可选：金牌、银牌");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("客户等级：“VIP”不是可选的值，可选：A 重点、B 普通、C 一般、D 低");
            assertThat(sheet.getRow(1).getCell(0).getCellComment()).as("good cells are not marked").isNull();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
        }
    }

    @Test
    void anAllOrNothingImportWithABadRowImportsNothingAndItsReportKeepsEveryRow() throws IOException {
        JsonNode job = imports.importFile("CUSTOMER", threeGoodTwoBad());

        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("mode").asString()).isEqualTo("ALL_OR_NOTHING");
        assertThat(job.get("imported").asInt()).isZero();
        assertThat(admin.get("/api/v1/customers").json().get("total").asLong()).isZero();

        try (XSSFWorkbook report = report(job)) {
            Sheet sheet = report.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("客户名称*", "统一社会信用代码", "客户等级", "行业等级", "错误原因");
            assertThat(sheet.getLastRowNum()).as("the header and all five rows").isEqualTo(5);
            for (int i = 1; i <= 5; i++) assertThat(texts(sheet.getRow(i)).get(0)).isEqualTo(threeGoodNames(i));
            assertMarked(sheet.getRow(2).getCell(2), "“VIP”不是可选的值");
            assertMarked(sheet.getRow(4).getCell(3), "“铜牌”不是可选的值");
            assertThat(sheet.getRow(1).getCell(4)).as("a good row has no reason").isNull();
        }
    }

    @Test
    void notOneOfTheChoicesNamesTheChoicesInTheReadersLanguage() {
        JsonNode job = imports.language("en").importFile("CUSTOMER", Xlsx.of(List.of("Customer name*", "Level", "Owner login"),
                List.of(Xlsx.row("Choices Ltd", "VIP", "nobody"))));

        List<String> reasons = job.get("errors").valueStream().map(e -> e.get("reason").asString()).toList();
        assertThat(reasons).hasSize(2).contains("\"VIP\" is not one of the choices: A key, B regular, C minor, D low")
                .anySatisfy(r -> assertThat(r).startsWith("No user has the login \"nobody\"; users: ").contains(tenant.login("admin")));
    }

    private static String threeGoodNames(int row) {
        return List.of("部分导入甲有限公司", "等级不对有限公司", "部分导入乙有限公司", "行业等级不对有限公司", "部分导入丙有限公司").get(row - 1);
    }

    private XSSFWorkbook report(JsonNode job) throws IOException {
        ImportClient.Download report = imports.get("/api/v1/imports/" + job.get("id").asLong() + "/errors.xlsx");
        assertThat(report.status()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(report.body()));
    }

    private static void assertMarked(Cell cell, String reason) {
        assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(cell.getCellComment()).isNotNull();
        assertThat(cell.getCellComment().getString().getString()).contains(reason);
    }

    private static List<String> texts(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) texts.add(row.getCell(i) == null ? null : format.formatCellValue(row.getCell(i)));
        return texts;
    }
}
