package io.qike.crm.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void collectsEveryProblemAndRejectsTheInputAsAWhole() {
        Checks c = new Checks();
        assertThat(c.text("name", "  ", 10, true)).isNull();
        assertThat(c.text("title", " 经理 ", 10, false)).isEqualTo("经理");
        assertThat(c.phone("mobile", "abc")).isEqualTo("abc");
        assertThat(c.email("email", " a@b.cn ")).isEqualTo("a@b.cn");
        assertThat(c.website("website", "example.com")).isEqualTo("https://example.com");
        c.option("level", "Z", List.of("A", "B"));
        c.range("limits.qps", "integration.limits.qps", 0, 1, 10);
        assertThat(c.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("name", "required"), org.assertj.core.groups.Tuple.tuple("mobile", "phone"),
                org.assertj.core.groups.Tuple.tuple("level", "invalid_option"), org.assertj.core.groups.Tuple.tuple("limits.qps", "between"));
        assertThatThrownBy(c::throwIfAny).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(4));
    }

    @Test
    void namesUsedInCodeAreRequiredAndMatchedAsTyped() {
        Checks c = new Checks();
        c.requiredFormat("apiName", " crm.sync", java.util.regex.Pattern.compile("[a-z.]+"), "api_name");
        c.requiredFormat("id", null, java.util.regex.Pattern.compile("[a-z]+"), "identifier");
        assertThat(c.problems()).extracting(FieldProblem::code).containsExactly("api_name", "required");
    }

    @Test
    void likeEscapesTheWildcardsAndTheBackslash() {
        assertThat(Like.escape("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
        assertThat(Like.contains(" x ")).isEqualTo("%x%");
    }

    @Test
    void blankTextIsNoText() {
        assertThat(Text.trimToNull(" \t")).isNull();
        assertThat(Text.trimToNull(" a ")).isEqualTo("a");
        assertThat(Text.trimToEmpty(null)).isEmpty();
        assertThat(Text.hasText(" ")).isFalse();
    }
}
