package io.qike.crm.customer;

/**
 * A module that starts new customers from what it knows, implemented by that module (the registry's 工商新建).
 * The customer module owns the form: it shows the prefilled form at {@code /customers/new/{source}?reference=…}
 * and, when the user saves it, hands the edited draft back to {@link #create}, so that the source can keep its
 * own record beside the new customer in the same transaction.
 */
public interface CustomerPrefills {
    /** The source's name in the form's address, such as {@code registry}. */
    String source();

    /**
     * The prefilled customer for a reference of the source (for the registry: the keyword or credit code).
     *
     * @throws io.qike.crm.platform.ConflictException a customer with the same credit code exists
     * @throws PrefillUnavailableException the source has nothing for the reference, or cannot be asked now
     */
    CustomerPrefill prefill(String reference);

    /** Only the marks and the note, to show the form again after a refused save without asking for the values again. */
    CustomerPrefill marks(String reference);

    /**
     * Creates the customer as the user edited it and returns its id, keeping whatever the source records with it.
     *
     * @param similar whether similar names refuse the save (until the user confirms) or not
     */
    long create(String reference, CustomerDraft edited, CustomerService.SimilarNames similar);
}
