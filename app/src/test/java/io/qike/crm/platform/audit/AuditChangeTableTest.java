package io.qike.crm.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import tools.jackson.databind.json.JsonMapper;

/** How one change of the enterprise log reads: labels, folded long values, credentials never shown. */
class AuditChangeTableTest {
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    final AuditChangeTable table = new AuditChangeTable(messages(), JsonMapper.builder().build());

    static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.addMessage("common.yes", ZH, "是");
        m.addMessage("common.no", ZH, "否");
        m.addMessage("audit.value.items", ZH, "{0} 项，展开查看");
        m.addMessage("audit.value.parts", ZH, "{0} 部分，展开查看");
        m.addMessage("audit.value.more", ZH, "{0}…（共 {1} 字，展开查看）");
        m.addMessage("audit.field.INTEGRATION_INTERFACE.definition", ZH, "接口定义");
        m.addMessage("audit.field.INTEGRATION_INTERFACE.definition.headers", ZH, "请求头");
        m.addMessage("audit.field.USER.status", ZH, "状态");
        m.addMessage("audit.values.USER.status", ZH, "userStatus.");
        m.addMessage("userStatus.DISABLED", ZH, "停用");
        return m;
    }

    @Test
    void credentialsInsideAStructuredValueAreHidden() {
        String changes = """
                {"definition": {"before": {"headers": [{"name": "Authorization", "value": "Bearer old-s3cret"}], "path": "/a"},
                                "after": {"headers": [{"name": "Authorization", "value": "Bearer new-s3cret"}], "path": "/a"}},
                 "secret": {"before": "plain-s3cret", "after": "other-s3cret"}}""";
        List<AuditChangeTable.Row> rows = table.rows("INTEGRATION_INTERFACE", changes, ZH);
        assertThat(rows).extracting(AuditChangeTable.Row::label).containsExactly("请求头", "Secret");
        assertThat(rows).allSatisfy(r -> assertThat(r.before().text() + r.after().text()).doesNotContain("s3cret"));
        assertThat(rows.get(0).after().folded()).isTrue();
        assertThat(rows.get(0).after().summary()).isEqualTo("1 项，展开查看");
    }

    @Test
    void aFieldWithoutALabelReadsAsWordsAndCodesReadAsTheirLabels() {
        List<AuditChangeTable.Row> rows = table.rows("USER", """
                {"status": {"before": "ACTIVE", "after": "DISABLED"}, "lastSeenAt": {"before": null, "after": true}}""", ZH);
        assertThat(rows).extracting(AuditChangeTable.Row::label).containsExactly("状态", "Last seen at");
        assertThat(rows.get(0).after().text()).isEqualTo("停用");
        assertThat(rows.get(0).before().text()).isEqualTo("ACTIVE"); // no label for it: the stored word
        assertThat(rows.get(1).before().blank()).isTrue();
        assertThat(rows.get(1).after().text()).isEqualTo("是");
    }

    @Test
    void aLongTextIsFoldedUnderItsBeginning() {
        String scope = "技术开发".repeat(40);
        AuditChangeTable.Value v = table.rows("CUSTOMER", "{\"businessScope\": {\"before\": null, \"after\": \"" + scope + "\"}}", ZH)
                .get(0).after();
        assertThat(v.folded()).isTrue();
        assertThat(v.text()).isEqualTo(scope);
        assertThat(v.summary()).startsWith("技术开发").endsWith("（共 160 字，展开查看）").hasSizeLessThan(90);
    }
}
