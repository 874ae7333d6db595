package io.qike.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic-looking Chinese companies. Row {@code i} depends only on the seed and
 * {@code i}, so loader threads can split the work freely and the search benchmark can regenerate
 * any row to pick keywords without reading the database back.
 */
final class Companies {
    record Company(long serial, String name, String core, String brand, String region, String industry, String creditCode,
                   String legalRepresentative, long capitalWan, LocalDate establishedOn, String status, String address,
                   String scope, String phone, String email, String website, String level, String source, String[] tags) {
    }

    // City, its administrative division code (for the credit code) and its telephone area code.
    private static final String[][] REGIONS = {
            {"北京", "110105", "010"}, {"上海", "310115", "021"}, {"广州", "440106", "020"}, {"深圳", "440300", "0755"},
            {"杭州", "330106", "0571"}, {"南京", "320106", "025"}, {"苏州", "320505", "0512"}, {"成都", "510107", "028"},
            {"武汉", "420106", "027"}, {"西安", "610113", "029"}, {"重庆", "500103", "023"}, {"天津", "120116", "022"},
            {"青岛", "370212", "0532"}, {"厦门", "350206", "0592"}, {"宁波", "330212", "0574"}, {"合肥", "340104", "0551"},
            {"长沙", "430104", "0731"}, {"郑州", "410105", "0371"}, {"济南", "370102", "0531"}, {"福州", "350102", "0591"},
            {"东莞", "441900", "0769"}, {"佛山", "440604", "0757"}, {"无锡", "320214", "0510"}, {"昆明", "530102", "0871"},
            {"沈阳", "210102", "024"}, {"大连", "210202", "0411"}, {"哈尔滨", "230103", "0451"}, {"南昌", "360102", "0791"},
            {"石家庄", "130102", "0311"}, {"太原", "140105", "0351"}, {"南宁", "450103", "0771"}, {"贵阳", "520102", "0851"}};
    // Characters common in company trade names (字号); earlier ones are drawn more often (Zipf-like).
    private static final String BRAND_CHARS = "华盛鑫泰恒瑞德宏源金达信通富隆兴祥顺安康博创新天宇明东方中远海辉昌丰嘉君诚和美佳立凯威"
            + "力维奥正元亿星龙云峰晨光阳润泽汇聚联合智锦耀鼎益众永长荣昊晟弘旭卓越尚品优迈腾飞航誉璟钧铭骏澜睿灏煜烨琪蓝"
            + "银宝乐友家凯赛捷科百万千洲亚欧美环球泓沣淼森林茂";
    private static final String[] INDUSTRIES = {"科技", "信息技术", "网络科技", "电子商务", "贸易", "商贸", "实业", "投资管理",
            "建筑工程", "装饰工程", "机械设备", "电子", "医疗器械", "生物科技", "化工", "新材料", "物流", "供应链管理", "餐饮管理",
            "文化传媒", "广告", "教育科技", "环保科技", "能源科技", "汽车服务", "食品", "服饰", "家具", "电气", "自动化设备",
            "软件", "数据服务", "企业管理咨询", "人力资源", "物业管理", "房地产开发", "农业发展", "印刷", "包装材料", "五金"};
    private static final String[] SCOPES = {"技术开发、技术咨询、技术服务；软件开发；计算机系统集成",
            "销售日用百货、电子产品、五金交电；货物及技术进出口", "建筑工程施工；室内外装饰装修工程设计与施工",
            "普通货运；仓储服务（不含危险品）；供应链管理服务", "医疗器械销售；生物技术研发；健康咨询",
            "企业管理咨询；市场营销策划；会议及展览服务", "机械设备制造、销售、维修；自动化设备研发",
            "食品经营；餐饮管理；农产品收购与销售"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华建志国文红玉兰英秀春海燕云飞鹏宇浩然晨思佳欣怡子轩梓涵雨萱";
    private static final String[] STREETS = {"中山路", "人民路", "解放路", "建设路", "科技园路", "滨江大道", "长江路", "高新大道",
            "世纪大道", "工业园路", "新华路", "和平街"};
    private static final String[] STATUSES = {"存续", "存续", "存续", "在业", "在业", "注销", "吊销", "迁出"};
    private static final String[] LEVELS = {"A", "B", "B", "C", "C", "C", "D"};
    private static final String[] SOURCES = {"MANUAL", "REGISTRY", "IMPORT", "REFERRAL", "EXHIBITION", "WEBSITE", "WECOM"};
    private static final String[] TAGS = {"重点客户", "展会", "老客户", "渠道", "政府项目", "上市公司", "待跟进"};
    private static final double[] BRAND_CDF = zipfCdf(BRAND_CHARS.length(), 0.8);

    private final long seed;

    Companies(long seed) {
        this.seed = seed;
    }

    Company company(long serial) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + serial * 0xBF58476D1CE4E5B9L);
        String[] region = REGIONS[r.nextInt(REGIONS.length)];
        String brand = brand(r);
        String industry = INDUSTRIES[r.nextInt(INDUSTRIES.length)];
        int form = r.nextInt(100);
        String legal = form < 70 ? "有限公司" : form < 80 ? "有限责任公司" : form < 92 ? "股份有限公司" : form < 96 ? "集团有限公司" : "有限公司";
        String city = region[0];
        int layout = r.nextInt(100);
        String core;
        String name;
        if (layout < 75) {                 // 上海盛鑫科技有限公司
            core = city + brand + industry;
            name = core + legal;
        } else if (layout < 90) {          // 盛鑫（上海）科技有限公司
            core = brand + industry;
            name = brand + "（" + city + "）" + industry + legal;
        } else if (layout < 97) {          // 盛鑫科技有限公司
            core = brand + industry;
            name = core + legal;
        } else {                           // 盛鑫科技有限公司上海分公司
            core = brand + industry;
            name = core + legal + city + "分公司";
        }
        char type = r.nextInt(100) < 93 ? '1' : (r.nextBoolean() ? '2' : '3');
        String code = CreditCode.of('9', type, region[1], serial);
        String person = person(r);
        long capital = new long[]{10, 50, 100, 200, 500, 1000, 3000, 5000, 10000}[r.nextInt(9)];
        LocalDate established = LocalDate.of(1995, 1, 1).plusDays(r.nextInt(30 * 365 - 400));
        String phone = r.nextInt(100) < 70
                ? "1" + "3456789".charAt(r.nextInt(7)) + digits(r, 9)
                : region[2] + "-" + "2345678".charAt(r.nextInt(7)) + digits(r, 7);
        String address = city + "市" + STREETS[r.nextInt(STREETS.length)] + (1 + r.nextInt(999)) + "号";
        String pinyinish = "c" + Long.toString(serial, 36);
        String email = r.nextInt(100) < 40 ? "info@" + pinyinish + ".com.cn" : null;
        String website = r.nextInt(100) < 30 ? "https://www." + pinyinish + ".com.cn" : null;
        int tagCount = r.nextInt(100) < 70 ? 0 : 1 + r.nextInt(2);
        String[] tags = new String[tagCount];
        for (int i = 0; i < tagCount; i++) tags[i] = TAGS[(r.nextInt(TAGS.length) + i) % TAGS.length];
        if (tagCount == 2 && tags[0].equals(tags[1])) tags = new String[]{tags[0]};
        return new Company(serial, name, core, brand, city, industry, code, person, capital, established,
                STATUSES[r.nextInt(STATUSES.length)], address, SCOPES[r.nextInt(SCOPES.length)], phone, email, website,
                LEVELS[r.nextInt(LEVELS.length)], SOURCES[r.nextInt(SOURCES.length)], tags);
    }

    /** A display name for a user, deterministic per number. */
    static String personFor(long n) {
        return person(new SplittableRandom(n * 31 + 7));
    }

    private static String brand(SplittableRandom r) {
        int len = r.nextInt(100) < 80 ? 2 : 3;
        StringBuilder sb = new StringBuilder(len);
        while (sb.length() < len) {
            char c = BRAND_CHARS.charAt(zipf(r));
            if (sb.indexOf(String.valueOf(c)) < 0) sb.append(c);
        }
        return sb.toString();
    }

    private static String person(SplittableRandom r) {
        String s = String.valueOf(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
        s += GIVEN.charAt(r.nextInt(GIVEN.length()));
        if (r.nextBoolean()) s += GIVEN.charAt(r.nextInt(GIVEN.length()));
        return s;
    }

    private static String digits(SplittableRandom r, int n) {
        char[] d = new char[n];
        for (int i = 0; i < n; i++) d[i] = (char) ('0' + r.nextInt(10));
        return new String(d);
    }

    private static int zipf(SplittableRandom r) {
        double u = r.nextDouble();
        int lo = 0, hi = BRAND_CDF.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (BRAND_CDF[mid] < u) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static double[] zipfCdf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
        for (int i = 0; i < n; i++) cdf[i] /= sum;
        return cdf;
    }
}
