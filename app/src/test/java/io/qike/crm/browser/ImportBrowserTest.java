package io.qike.crm.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.qike.crm.support.Browser;
import io.qike.crm.support.BrowserJourney;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An import in real headless Chromium: a partial import of a file with a bad row, its result and its error report. */
@IntegrationTest
class ImportBrowserTest extends BrowserJourney {
    @Autowired TestFixtures.Fixtures fixtures;

    @Test
    void anAdminImportsTheGoodRowsOfAFileAndDownloadsTheBadOnesMarked() throws Exception {
        TestTenant t = fixtures.tenant();
        Path file = workbook(List.of(List.of("客户名称*", "客户等级"), List.of("浏览器导入甲有限公司", "A"), List.of("浏览器导入乙有限公司", "VIP"),
                List.of("浏览器导入丙有限公司", "B")));
        Page page = browser.newPage("http://localhost:" + port);
        try {
            Browser.signIn(page, t.login("admin"));
            page.navigate("/imports/new?object=CUSTOMER");
            page.setInputFiles("#f-file", file);
            page.check("#mode-partial");
            page.click("#start-import");
            page.waitForURL("**/imports/*");
            assertThat(page.locator("#job-done")).hasText("导入 2 行，跳过 1 行。", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(page.locator("#report-rows")).containsText("只保留了跳过的行");
            assertThat(page.locator("#import-errors")).containsText("“VIP”不是可选的值，可选：A 重点、B 普通、C 一般、D 低");

            Download download = page.waitForDownload(() -> page.click("#download-errors"));
            try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook report = new XSSFWorkbook(in)) {
                Sheet sheet = report.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("错误原因");
                assertThat(sheet.getLastRowNum()).isEqualTo(1);
                Row bad = sheet.getRow(1);
                assertThat(bad.getCell(0).getStringCellValue()).isEqualTo("浏览器导入乙有限公司");
                Cell level = bad.getCell(1);
                assertThat(level.getCellComment().getString().getString()).contains("“VIP”不是可选的值");
                assertThat(bad.getCell(2).getStringCellValue()).startsWith("客户等级：");
            }
        } catch (AssertionError | RuntimeException e) {
            Browser.screenshot(page, "import-partial");
            throw e;
        } finally {
            page.context().close();
        }
    }

    private static Path workbook(List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("客户导入", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("客户");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) row.createCell(c).setCellValue(rows.get(r).get(c));
            }
            workbook.write(out);
        }
        return file;
    }
}
