package io.qike.crm.intel.partnership;

/**
 * How a user picks the companies of a run: a saved list, a filter over our customers (keyword, level, region,
 * tag), or pasted names. The first one given is used, in that order.
 */
public record CompanyChoice(Long listId, String q, String level, String region, String tag, String pasted) {

    public boolean byFilter() {
        return listId == null && (pasted == null || pasted.isBlank());
    }
}
