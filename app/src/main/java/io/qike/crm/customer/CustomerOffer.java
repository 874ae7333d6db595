package io.qike.crm.customer;

import java.util.List;

/**
 * The card shown instead of saving a hand-typed new customer that another module knows (工商信息): what it knows, and
 * the form as it would fill it when the user takes the offer.
 *
 * @param source    the {@link CustomerPrefills#source()} that saves the filled form, keeping its record with the customer
 * @param reference that source's reference for the company
 * @param title     the card's heading
 * @param lines     what the source knows, label and value, in the user's language
 * @param filled    the typed draft with the source's fields filled in, the fields marked, and a note
 */
public record CustomerOffer(String source, String reference, String title, List<Line> lines, CustomerPrefill filled) {
    /** One line of the card. */
    public record Line(String label, String value) {
    }

    public CustomerOffer {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
