package io.qike.crm.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The keyword search over name, credit code and phone. Names are matched through the GIN index
 * over character bigrams (which also serves 2-character Chinese keywords) with a substring
 * recheck; credit codes by prefix and phones by suffix, each on its own index.
 */
final class CustomerKeyword {
    private static final Pattern CODE_PREFIX = Pattern.compile("[0-9A-HJ-NP-RTUWXY]{2,18}");
    private static final Pattern DIGITS = Pattern.compile("[0-9 +-]{4,20}");

    private CustomerKeyword() {
    }

    /**
     * Appends the keyword condition. {@code walk}: write it so that no index can serve it, so the query
     * walks the customers in the order asked for and filters; right when the keyword is so common that
     * a page fills after a few hundred rows, wrong when it is rare.
     */
    static void append(String keyword, boolean walk, String rarestBigram, StringBuilder where, Map<String, Object> params) {
        if (keyword == null || keyword.isBlank()) return;
        String q = keyword.trim();
        List<String> any = new ArrayList<>();
        String like = "c.name_search like '%' || qike_norm(:kwLike) || '%'";
        if (walk) {
            any.add(like);
        } else if (rarestBigram != null) { // the substring recheck makes one bigram as exact as all of them
            any.add("(c.name_bigrams @> array[cast(:kwGram as text)] and " + like + ")");
            params.put("kwGram", rarestBigram);
        } else {
            any.add("(c.name_bigrams @> qike_bigrams(:kw) and " + like + ")");
            params.put("kw", q);
        }
        params.put("kwLike", io.qike.crm.platform.validation.Like.escape(q));
        any.addAll(columnConditions(q, walk, params));
        where.append(" and (").append(String.join(" or ", any)).append(")");
    }

    /**
     * The keyword's credit-code prefix and phone suffix conditions, when it can be either; each is
     * answered by its own B-tree index alone, so counting its matches reads no customer rows.
     */
    static List<String> columnConditions(String keyword, boolean walk, Map<String, Object> params) {
        String q = keyword.trim();
        List<String> conditions = new ArrayList<>();
        String upper = q.toUpperCase();
        if (CODE_PREFIX.matcher(upper).matches()) {
            conditions.add(walk ? "(c.credit_code || '') like :codePrefix" : "c.credit_code like :codePrefix");
            params.put("codePrefix", upper + "%");
        }
        if (DIGITS.matcher(q).matches()) {
            String digits = q.replaceAll("\\D", "");
            if (digits.length() >= 4) {
                conditions.add(walk ? "(c.phone_rev || '') like :phoneRev" // no index: walking is the point
                        : "(c.phone_rev <> '' and c.phone_rev like :phoneRev)"); // matches the partial index
                params.put("phoneRev", new StringBuilder(digits).reverse() + "%");
            }
        }
        return conditions;
    }
}
