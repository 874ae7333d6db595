package io.qike.sandbox.qichacha;

import static io.qike.sandbox.support.SandboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.Relation;
import io.qike.sandbox.support.SandboxHttpSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** 企查查 合作关系挖掘: lower-case envelope, only relations among the named companies, at most 20 names. */
class QichachaPartnershipTest extends SandboxHttpSupport {

    private static final String PATH = "/api/corp/correlation/findPartnershipRelation";

    private JsonNode find(String companyNames) {
        return client.qichacha(PATH, params("companyNames", companyNames)).json();
    }

    @Test
    void returnsOnlyRelationsBetweenNamedCompanies() {
        Company hub = first(c -> data.relationsOf(c).stream().map(Relation::relatedCompanyName).distinct().count() >= 3);
        List<Relation> own = data.relationsOf(hub);
        String partner = own.get(0).relatedCompanyName();
        String bystander = first(c -> c != hub && own.stream().noneMatch(r -> r.relatedCompanyName().equals(c.name()))
                && data.relationsOf(c).stream().noneMatch(r -> r.relatedCompanyName().equals(hub.name())
                || r.relatedCompanyName().equals(partner))).name();
        String names = hub.name() + "," + partner + "," + bystander;
        JsonNode r = find(names);
        assertThat(r.get("status").asString()).isEqualTo("200");
        assertThat(r.get("msg").asString()).isEqualTo("【有效请求】查询成功");
        assertThat(r.has("Status")).isFalse();
        JsonNode result = r.get("result");
        assertThat(result.get("requestId").asString()).matches("[0-9a-f]{32}");
        assertThat(result.get("key").asString()).isEqualTo("demo-qcc-key");
        assertThat(result.get("companyNames").asString()).isEqualTo(names);
        List<String> pairs = new ArrayList<>();
        result.get("partnershipRelationList").forEach(rel -> {
            pairs.add(rel.get("companyName").asString() + "->" + rel.get("relatedCompanyName").asString());
            assertThat(rel.get("publicDate").asString()).matches("20\\d\\d-\\d\\d");
            assertThat(rel.get("source").asString()).isIn("招投标", "年报", "公告", "司法");
            assertThat(Double.parseDouble(rel.get("amount").asString())).isPositive();
        });
        assertThat(pairs).contains(hub.name() + "->" + partner);
        List<String> named = List.of(hub.name(), partner);
        assertThat(pairs).allMatch(p -> named.stream().anyMatch(a -> named.stream().anyMatch(b -> p.equals(a + "->" + b))));
        // the hub has relations beyond the named partner, and none of them may leak in
        assertThat(own.stream().map(Relation::relatedCompanyName).distinct().count()).isGreaterThan(1);
    }

    @Test
    void oneCompanyAloneOrStrangersHaveNoRelations() {
        Company hub = first(c -> !data.relationsOf(c).isEmpty());
        JsonNode alone = find(hub.name());
        assertThat(alone.get("status").asString()).isEqualTo("201");
        assertThat(alone.get("msg").asString()).isEqualTo("【有效请求】查询无结果");
        assertThat(alone.get("result").isNull()).isTrue();
    }

    @Test
    void atMostTwentyCompanies() {
        List<String> names = IntStream.range(0, 21).mapToObj(i -> data.get(i).name()).toList();
        JsonNode tooMany = find(String.join(",", names));
        assertThat(tooMany.get("status").asString()).isEqualTo("209");
        assertThat(tooMany.get("msg").asString()).isEqualTo("【有效请求】企业数量超过上限");
        assertThat(find(String.join(",", names.subList(0, 20))).get("status").asString()).isIn("200", "201");
    }

    @Test
    void parameterErrors() {
        assertThat(client.qichacha(PATH, params()).json().get("status").asString()).isEqualTo("202");
        assertThat(find(data.get(0).name() + ",,").get("status").asString()).isEqualTo("202");
        assertThat(find(data.get(0).name() + ",X").get("status").asString()).isEqualTo("213");
        // the full-width comma is not a separator: the whole text is one unknown company
        Company hub = first(c -> !data.relationsOf(c).isEmpty());
        String fullWidth = hub.name() + "，" + data.relationsOf(hub).get(0).relatedCompanyName();
        assertThat(find(fullWidth).get("status").asString()).isEqualTo("201");
    }

    @Test
    void authErrorsUseTheLowerCaseEnvelopeToo() {
        JsonNode r = client.qichachaRaw(PATH, "demo-qcc-key", String.valueOf(System.currentTimeMillis() / 1000), "BAD",
                params("companyNames", "甲公司,乙公司")).json();
        assertThat(r.get("status").asString()).isEqualTo("107");
        assertThat(r.get("msg").asString()).isEqualTo("【无效请求】被禁止的IP或者签名错误");
        assertThat(r.get("result").isNull()).isTrue();
    }
}
