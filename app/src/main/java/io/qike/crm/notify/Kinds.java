package io.qike.crm.notify;

/** The kinds of notification modules send today; a kind is only a code, so later ones need no change here. */
public final class Kinds {
    public static final String CUSTOMER_ASSIGNED = "CUSTOMER_ASSIGNED";
    public static final String JOB_FINISHED = "JOB_FINISHED";
    public static final String BUDGET_REACHED = "BUDGET_REACHED";

    private Kinds() {
    }
}
