package io.qike.sandbox.wecom.external;

import io.qike.sandbox.wecom.CompanyNameSource;
import io.qike.sandbox.wecom.core.Seeds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fallback {@link CompanyNameSource}: registered-looking names (city + trade name + industry + form),
 * used when no other source (such as the business-registry simulators' data set) is wired in.
 */
public class GeneratedCompanyNames implements CompanyNameSource {
    private static final String[] CITIES = {"北京", "上海", "深圳", "广州", "杭州", "苏州", "南京", "成都",
            "武汉", "西安", "天津", "宁波", "无锡", "佛山", "东莞", "合肥", "厦门", "青岛", "长沙", "郑州"};
    private static final String[] WORDS = {"云启", "华信", "鼎盛", "恒通", "瑞丰", "中科", "博远", "宏达",
            "金石", "天成", "星河", "新元", "汇智", "联创", "嘉禾", "正泰", "同舟", "远航", "明德", "海纳",
            "卓越", "启航", "锦程", "德润", "万邦", "凯盛", "智联", "安泰", "永信", "众合"};
    private static final String[] TRADES = {"网络科技", "信息技术", "智能制造", "电子科技", "精密机械",
            "新材料", "医疗器械", "供应链管理", "环保科技", "食品", "物流", "建筑工程", "生物科技", "贸易",
            "汽车零部件", "软件", "包装材料", "化工", "企业管理咨询", "教育科技"};
    private static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"};

    private final List<String> names;

    public GeneratedCompanyNames(long seed, int count) {
        SplittableRandom r = Seeds.random(seed, "company-names");
        Set<String> out = new LinkedHashSet<>();
        for (int guard = 0; out.size() < count && guard < count * 20; guard++) {
            out.add(CITIES[r.nextInt(CITIES.length)] + WORDS[r.nextInt(WORDS.length)]
                    + TRADES[r.nextInt(TRADES.length)] + FORMS[r.nextInt(FORMS.length)]);
        }
        this.names = List.copyOf(new ArrayList<>(out));
    }

    @Override
    public List<String> companyNames() {
        return names;
    }
}
