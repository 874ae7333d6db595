package io.qike.crm.registry.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.integration.ResultFieldType;
import io.qike.crm.integration.OutputField;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.registry.FieldMapping;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The conversions of 字段映射关系, in every format the providers' documents show, and the checks on a mapping. */
class FieldMappingTest {
    static final Map<String, CardField> TARGETS = new LinkedHashMap<>();

    static {
        CardFields.STANDARD.forEach(f -> TARGETS.put(f.key(), f));
        TARGETS.put("custom.tier", new CardField("custom.tier", TargetType.OPTION, null, "档位", List.of("大型", "小型")));
        TARGETS.put("custom.since", new CardField("custom.since", TargetType.DATE, null, "成立", null));
    }

    static String convert(Object value, String target) {
        return Conversions.convert(value, TARGETS.get(target));
    }

    @ParameterizedTest
    @CsvSource({"2001-06-05", "2001-06-05 00:00:00.0", "2001-06-05T00:00:00", "2001/6/5", "2001年6月5日", "20010605"})
    void datesInEveryProviderFormat(String text) {
        assertThat(convert(text, "establishedOn")).isEqualTo("2001-06-05");
    }

    @Test
    void epochMillisAreMidnightInChina() {
        assertThat(convert(991670400000L, "establishedOn")).isEqualTo("2001-06-05"); // 天眼查 baseinfo
        assertThat(convert("991670400000", "custom.since")).isEqualTo("2001-06-05");
        assertThat(convert("不详", "establishedOn")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5000万人民币|5000|CNY", "5000万人民币元|5000|CNY", "100万美元|100|USD", "1,000 万元|1000|CNY",
            "500万港元|500|HKD", "1.2亿元|12000|CNY", "5000000元|500|CNY", "1263.1579万人民币|1263.1579|CNY", "300|300|CNY"})
    void registeredCapitalBecomesAnAmountInWanAndACurrency(String text, String amount, String currency) {
        Map<String, String> card = CardMapper.card(Map.of("cap", text), List.of(new FieldMapping("cap", "registeredCapital")), TARGETS);
        assertThat(new BigDecimal(card.get("registeredCapital"))).isEqualByComparingTo(amount);
        assertThat(card.get("capitalCurrency")).isEqualTo(currency);
    }

    @ParameterizedTest
    @CsvSource({"存续,存续", "存续（在营、开业、在册）,存续", "在业,在业", "开业,在业", "吊销，未注销,吊销", "注销,注销", "迁出,迁出",
            "停业,停业", "清算中,清算", "不明,其他"})
    void statusWordsBecomeQikeStatuses(String word, String status) {
        assertThat(convert(word, "registrationStatus")).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"浙江省杭州市西湖区文三路 100 号,浙江省杭州市", "上海市浦东新区张江路 1 号,上海市浦东新区", "北京市朝阳区建国路 8 号,北京市朝阳区",
            "广东省东莞市松山湖路 9 号,广东省东莞市", "广西壮族自治区南宁市青秀区民族大道,广西壮族自治区南宁市",
            "内蒙古呼和浩特市新城区,内蒙古自治区呼和浩特市", "深圳市南山区科技园,深圳市", "GD,广东省", "zj,浙江省"})
    void regionFromTheAddressOrTheProvinceCode(String text, String region) {
        assertThat(convert(text, "region")).isEqualTo(region);
    }

    @Test
    void aCreditCodeNamesItsProvince() {
        assertThat(Regions.ofCreditCode("91440300MA5F3L0P7X")).isEqualTo("广东省");
        assertThat(Regions.ofCreditCode("91110108MA01G5KQ2X")).isEqualTo("北京市");
        assertThat(Regions.ofCreditCode("123")).isNull();
    }

    @Test
    void contactListsGiveTheirFirstUsableEntryAndOverlongTextIsCut() {
        assertThat(convert("0791-86595324;0791-86595325", "phone")).isEqualTo("0791-86595324");
        assertThat(convert("暂无;021-50801234", "phone")).isEqualTo("021-50801234");
        assertThat(convert(List.of("info@x.cn", "hr@x.cn"), "email")).isEqualTo("info@x.cn");
        assertThat(convert("www.ncjzjl.cn", "website")).isEqualTo("www.ncjzjl.cn");
        assertThat(convert("x".repeat(5000), "businessScope")).hasSize(4000);
        assertThat(convert(" 91440300ma5f3l0p7x ", "creditCode")).isEqualTo("91440300MA5F3L0P7X");
        assertThat(convert("大型", "custom.tier")).isEqualTo("大型");
        assertThat(convert("中型", "custom.tier")).isNull();
    }

    @Test
    void aMappingIsCheckedAgainstTheFlowOutputsAndTheFieldTypes() {
        List<OutputField> outputs = List.of(new OutputField("name", null, ResultFieldType.STRING, null),
                new OutputField("founded", null, ResultFieldType.DATE, null), new OutputField("raw", null, ResultFieldType.OBJECT, null));
        List<FieldProblem> p = new ArrayList<>();
        MappingChecks.check("m", List.of(new FieldMapping("founded", "registeredCapital"), new FieldMapping("raw", "address"),
                new FieldMapping("nope", "phone"), new FieldMapping("founded", "nofield"), new FieldMapping("name", "industry"),
                new FieldMapping("name", "industry")), outputs, TARGETS, p);
        assertThat(p).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m[0].target", "type_mismatch"), org.assertj.core.groups.Tuple.tuple("m[1].target", "type_mismatch"),
                org.assertj.core.groups.Tuple.tuple("m[2].source", "unknown_output"), org.assertj.core.groups.Tuple.tuple("m[3].target", "unknown_field"),
                org.assertj.core.groups.Tuple.tuple("m[5].target", "duplicate_target"), org.assertj.core.groups.Tuple.tuple("m", "name_required"));
    }
}
