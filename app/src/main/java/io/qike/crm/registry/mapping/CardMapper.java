package io.qike.crm.registry.mapping;

import io.qike.crm.registry.FieldMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a provider's 字段映射关系 to a detail flow's outputs: the customer card as the customer
 * form takes it, field key → text. Mapping registered capital also fills its currency unless the
 * currency is mapped on its own.
 */
public final class CardMapper {
    private CardMapper() {
    }

    public static Map<String, String> card(Map<String, Object> outputs, List<FieldMapping> mappings, Map<String, CardField> targets) {
        Map<String, String> card = new LinkedHashMap<>();
        boolean currencyMapped = mappings.stream().anyMatch(m -> "capitalCurrency".equals(m.target()));
        for (FieldMapping m : mappings) {
            CardField target = targets.get(m.target());
            if (target == null) continue; // a custom field deleted since the mapping was saved
            Object value = outputs.get(m.source());
            String converted = Conversions.convert(value, target);
            if (converted == null) continue;
            card.put(target.key(), converted);
            if (target.key().equals("registeredCapital") && !currencyMapped) {
                String currency = Conversions.currency(value);
                if (currency != null) card.put("capitalCurrency", currency);
            }
        }
        return card;
    }
}
