package io.qike.crm.dashboard;

import io.qike.crm.salesrecord.SalesRecord;

/**
 * A sales record on the home page with its customer's name; linked only when the user may open the customer
 * (an author sees their own records even on a customer that has since moved out of their scope).
 */
record RecentRecord(SalesRecord record, String customerName, boolean linked) {
}
