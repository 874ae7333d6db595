package io.qike.crm.registry.mapping;

import java.util.List;

/**
 * Provider status words (登记状态) onto Qike's statuses (存续, 在业, 注销, 吊销, 迁出, 停业, 清算, 其他).
 * Providers write "存续（在营、开业、在册）", "在业", "开业", "吊销，未注销", "注销"...; the first word
 * that decides wins, so "吊销，未注销" is 吊销 and "存续（在营、开业）" is 存续.
 */
public final class Statuses {
    private static final List<String[]> WORDS = List.of(
            new String[] {"吊销", "吊销"}, new String[] {"注销", "注销"}, new String[] {"撤销", "注销"},
            new String[] {"迁出", "迁出"}, new String[] {"清算", "清算"}, new String[] {"停业", "停业"},
            new String[] {"歇业", "停业"}, new String[] {"存续", "存续"}, new String[] {"在业", "在业"},
            new String[] {"在营", "在业"}, new String[] {"开业", "在业"}, new String[] {"在册", "在业"},
            new String[] {"正常", "在业"});

    private Statuses() {
    }

    /** Qike's status for a provider's word; null for blank, 其他 for a word not known. */
    public static String of(String word) {
        if (word == null || word.isBlank()) return null;
        String w = word.trim();
        int best = Integer.MAX_VALUE;
        String status = "其他";
        for (String[] pair : WORDS) {
            int at = w.indexOf(pair[0]);
            if (at >= 0 && at < best) {
                best = at;
                status = pair[1];
            }
        }
        return status;
    }
}
