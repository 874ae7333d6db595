package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.platform.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The small rules of reading a user's file: header names, cell values, the upload check. */
class HeadersTest {
    @Test
    void headersMatchWithOrWithoutStarUnitOrFullWidthBrackets() {
        assertThat(Headers.normalize("注册资本（万元）*")).isEqualTo(Headers.normalize("注册资本"));
        assertThat(Headers.normalize(" Owner login ")).isEqualTo("ownerlogin");
        assertThat(Headers.normalize("客户名称*")).isEqualTo("客户名称");
    }

    @Test
    void cellsBecomeTheTextTheValidatorsExpect() {
        Column date = Column.of("establishedOn", "customer.establishedOn", Column.Kind.DATE);
        Column text = Column.text("phone", "customer.phone", false);
        assertThat(CellText.of(new BigDecimal("13800138000"), text)).isEqualTo("13800138000");
        assertThat(CellText.of(new BigDecimal("1.3800138E+10"), text)).isEqualTo("13800138000");
        assertThat(CellText.of(new BigDecimal("5000.00"), text)).isEqualTo("5000");
        assertThat(CellText.of(LocalDateTime.of(2015, 6, 1, 0, 0), date)).isEqualTo("2015-06-01");
        assertThat(CellText.of("2015/6/1", date)).isEqualTo("2015-06-01");
        assertThat(CellText.of("2015年6月1日", date)).isEqualTo("2015-06-01");
        assertThat(CellText.of("2015/6/1", text)).isEqualTo("2015/6/1");
        assertThat(CellText.of("   ", text)).isNull();
        assertThat(CellText.of(Boolean.TRUE, text)).isEqualTo("true");
    }

    @Test
    void onlyARealXlsxWithinTheLimitIsAccepted() throws Exception {
        Path fake = Files.createTempFile("fake", ".xlsx");
        Path real = Files.createTempFile("real", ".xlsx");
        try {
            Files.writeString(fake, "name,code\n");
            Files.write(real, Xlsx.of(java.util.List.of("客户名称"), java.util.List.of(Xlsx.row("甲"))));
            assertThatThrownBy(() -> UploadCheck.xlsx(fake)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code()).isEqualTo("xlsx"));
            UploadCheck.xlsx(real);
            assertThatThrownBy(() -> UploadCheck.size(3 * 1024 * 1024, 2 * 1024 * 1024))
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).args()).containsExactly(2L));
            assertThatThrownBy(() -> UploadCheck.size(0, 100)).isInstanceOf(InvalidInputException.class);
            assertThat(UploadCheck.fileName("C:\\Users\\me\\客户.xlsx")).isEqualTo("客户.xlsx");
        } finally {
            Files.deleteIfExists(fake);
            Files.deleteIfExists(real);
        }
    }
}
