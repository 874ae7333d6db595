package io.qike.sandbox.wecom.directory;

import java.util.Map;
import java.util.SplittableRandom;

/** Job titles per kind of department, so a member's position matches where they sit. */
final class Positions {
    private static final Map<String, String[]> STAFF = Map.of(
            "sales", new String[]{"销售代表", "销售代表", "高级销售代表", "销售顾问"},
            "key", new String[]{"大客户经理", "高级大客户经理", "解决方案顾问"},
            "market", new String[]{"市场专员", "品牌经理", "渠道经理", "活动策划"},
            "cs", new String[]{"实施顾问", "客服专员", "客户成功经理"},
            "rd", new String[]{"前端工程师", "后端工程师", "高级工程师", "架构师"},
            "pm", new String[]{"产品经理", "产品助理", "交互设计师"},
            "qa", new String[]{"测试工程师", "高级测试工程师"},
            "fin", new String[]{"会计", "出纳", "财务专员"},
            "hr", new String[]{"HRBP", "招聘专员", "行政专员"},
            "boss", new String[]{"总经理助理", "副总经理"});
    private static final Map<String, String> HEADS = Map.of(
            "sales", "销售经理", "key", "大客户部总监", "market", "市场总监", "cs", "客户成功总监",
            "rd", "技术经理", "pm", "产品总监", "qa", "测试经理", "fin", "财务经理", "hr", "人事行政经理",
            "boss", "总经理");

    private Positions() {
    }

    static String of(String role, boolean head, SplittableRandom r) {
        if (head) {
            return HEADS.get(role);
        }
        String[] titles = STAFF.get(role);
        return titles[r.nextInt(titles.length)];
    }
}
