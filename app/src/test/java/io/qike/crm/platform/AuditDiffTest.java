package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditDiffTest {

    @Test
    void keepsOnlyChangedFieldsAndComparesNumbersByValue() {
        Map<String, AuditLog.Change> changes = AuditDiff.of()
                .field("name", "甲", "乙")
                .field("registeredCapital", new BigDecimal("100.50"), new BigDecimal("100.5"))
                .field("level", null, null)
                .fields("custom.", Map.of("a", 1, "b", "x"), Map.of("a", new BigDecimal("1.0"), "c", "y"))
                .changes();
        assertThat(changes).containsOnlyKeys("name", "custom.b", "custom.c");
        assertThat(changes.get("custom.b")).isEqualTo(new AuditLog.Change("x", null));
    }
}
