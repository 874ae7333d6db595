package io.qike.crm.customer;

import java.util.Set;

/**
 * A new customer as another module would start it (工商新建: the card the registry filled), and how the
 * customer form shows that: which fields were filled (each marked with {@code mark}) and a note above the form.
 *
 * @param draft the values to start from; null when only the marks are needed (the form shown again after a refused save)
 */
public record CustomerPrefill(CustomerDraft draft, Set<String> fields, String mark, String note) {
    public CustomerPrefill {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }
}
