package io.qike.sandbox.wecom.directory;

import io.qike.sandbox.wecom.core.Seeds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Builds a plausible mid-size B2B company's address book, deterministically from the seed. */
public final class DirectoryGenerator {
    /** name, English name (may be null), parent index (-1 for root), staffing weight, role. */
    private record Unit(String name, String nameEn, int parent, int weight, String role) {
    }

    private static final List<Unit> UNITS = List.of(
            new Unit(null, null, -1, 0, "boss"),
            new Unit("销售中心", "Sales Center", 0, 0, "sales"),
            new Unit("华北大区", "North China", 1, 2, "sales"),
            new Unit("北京销售一组", null, 2, 14, "sales"),
            new Unit("北京销售二组", null, 2, 12, "sales"),
            new Unit("天津销售组", null, 2, 8, "sales"),
            new Unit("华东大区", "East China", 1, 2, "sales"),
            new Unit("上海销售组", null, 6, 14, "sales"),
            new Unit("杭州销售组", null, 6, 10, "sales"),
            new Unit("南京销售组", null, 6, 8, "sales"),
            new Unit("华南大区", "South China", 1, 2, "sales"),
            new Unit("深圳销售组", null, 10, 12, "sales"),
            new Unit("广州销售组", null, 10, 9, "sales"),
            new Unit("大客户部", "Key Accounts", 1, 9, "key"),
            new Unit("市场部", "Marketing", 0, 3, "market"),
            new Unit("品牌组", null, 14, 6, "market"),
            new Unit("渠道合作组", null, 14, 6, "market"),
            new Unit("客户成功部", "Customer Success", 0, 2, "cs"),
            new Unit("实施交付组", null, 17, 10, "cs"),
            new Unit("客服组", null, 17, 9, "cs"),
            new Unit("研发中心", "R&D", 0, 2, "rd"),
            new Unit("产品组", null, 20, 7, "pm"),
            new Unit("前端组", null, 20, 9, "rd"),
            new Unit("后端组", null, 20, 12, "rd"),
            new Unit("测试组", null, 20, 6, "qa"),
            new Unit("财务部", "Finance", 0, 6, "fin"),
            new Unit("人事行政部", "HR & Admin", 0, 7, "hr"),
            new Unit("总经办", "CEO Office", 0, 3, "boss"));

    private static final String[] MOBILE_PREFIXES = {"138", "139", "158", "159", "186", "187", "188", "136",
            "135", "137", "150", "151", "152", "155", "156", "157", "180", "181", "182", "183", "185", "189", "177"};
    private static final String[] CITIES = {"北京市朝阳区", "北京市海淀区", "上海市浦东新区", "杭州市西湖区",
            "深圳市南山区", "广州市天河区", "南京市建邺区", "天津市和平区"};

    /** The base company's departments; a larger tree adds sales groups. */
    public static final int BASE_DEPARTMENTS = UNITS.size();
    /** The regions (华北, 华东, 华南) that take the added sales groups in turn. */
    private static final int[] REGIONS = {2, 6, 10};
    private static final int ADDED_WEIGHT = 10;

    private DirectoryGenerator() {
    }

    public static Directory generate(long seed, String corpName, int memberCount) {
        return generate(seed, corpName, memberCount, BASE_DEPARTMENTS);
    }

    /**
     * The base tree, plus {@code departmentCount - 28} sales groups (销售1组, 销售2组, …) spread over the three regions,
     * each staffed like a mid-size group, so a large directory spreads its members over all departments. The base
     * tree and its members are unchanged at 28. Fewer than 28 is not supported (the base tree is one company).
     */
    public static Directory generate(long seed, String corpName, int memberCount, int departmentCount) {
        if (departmentCount < BASE_DEPARTMENTS) {
            throw new IllegalArgumentException("departments must be at least " + BASE_DEPARTMENTS);
        }
        List<Unit> units = new ArrayList<>(UNITS);
        for (int k = 0; units.size() < departmentCount; k++) {
            units.add(new Unit("销售" + (k + 1) + "组", null, REGIONS[k % REGIONS.length], ADDED_WEIGHT, "sales"));
        }
        return generate(seed, corpName, memberCount, units);
    }

    private static Directory generate(long seed, String corpName, int memberCount, List<Unit> units) {
        SplittableRandom r = Seeds.random(seed, "directory");
        int[] quota = quotas(units, memberCount);
        List<List<Member>> perUnit = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        Set<String> userids = new HashSet<>();
        Set<String> mobiles = new HashSet<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            int n = quota[u];
            List<Member> here = new ArrayList<>();
            for (int i = 0; i < n && members.size() < memberCount; i++) {
                NamePool.Name name = NamePool.next(r);
                String userid = unique(name.pinyin(), userids);
                String mobile = uniqueMobile(r, mobiles);
                boolean leader = i == 0;
                long deptId = u + 1;
                int roll = r.nextInt(100);
                int status = roll < 94 ? 1 : roll < 97 ? 2 : 4;
                boolean sellsOrServes = unit.role().equals("sales") || unit.role().equals("key") || unit.role().equals("cs");
                boolean customerContact = sellsOrServes && status == 1 && r.nextInt(10) < 9;
                boolean archived = customerContact && !unit.role().equals("cs");
                String bossOfUnit = here.isEmpty() ? null : here.get(0).userid();
                String lower = userid.toLowerCase();
                Member m = new Member(members.size(), userid, name.chinese(), List.of(deptId),
                        List.of(100000000L - i * 1000L), Positions.of(unit.role(), leader, r),
                        mobile, r.nextBoolean() ? "1" : "2", lower + "@qikedemo.com", lower + "@qikedemo.wecom.work",
                        List.of(leader ? 1 : 0), bossOfUnit == null ? List.of() : List.of(bossOfUnit),
                        avatar(r), "", status, deptId,
                        "https://open.work.weixin.qq.com/wwopen/userQRCode?vcode=vc" + Seeds.base62(r, 16),
                        CITIES[r.nextInt(CITIES.length)] + "某某路" + (1 + r.nextInt(300)) + "号",
                        customerContact, archived);
                here.add(m);
                members.add(m);
            }
            perUnit.add(here);
        }
        List<Department> departments = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            List<String> leaders = perUnit.get(u).isEmpty() ? List.of() : List.of(perUnit.get(u).get(0).userid());
            departments.add(new Department(u + 1, u == 0 ? corpName : unit.name(), unit.nameEn(),
                    unit.parent() + 1, 100000000L - u * 1000L, leaders));
        }
        return new Directory(departments, members);
    }

    /** Members per unit in proportion to its weight, largest remainders first, summing to exactly count. */
    private static int[] quotas(List<Unit> units, int count) {
        int total = units.stream().mapToInt(Unit::weight).sum();
        int[] q = new int[units.size()];
        double[] rest = new double[units.size()];
        int given = 0;
        for (int u = 0; u < q.length; u++) {
            double exact = (double) units.get(u).weight() * count / total;
            q[u] = (int) exact;
            rest[u] = exact - q[u];
            given += q[u];
        }
        while (given < count) {
            int best = 0;
            for (int u = 1; u < q.length; u++) {
                best = rest[u] > rest[best] ? u : best;
            }
            q[best]++;
            rest[best] = -1;
            given++;
        }
        return q;
    }

    private static String unique(String stem, Set<String> taken) {
        String id = stem;
        for (int i = 2; !taken.add(id); i++) {
            id = stem + i;
        }
        return id;
    }

    private static String uniqueMobile(SplittableRandom r, Set<String> taken) {
        String m;
        do {
            m = MOBILE_PREFIXES[r.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", r.nextInt(100_000_000));
        } while (!taken.add(m));
        return m;
    }

    private static String avatar(SplittableRandom r) {
        return "https://wework.qpic.cn/wwpic/" + Seeds.base62(r, 24) + "/0";
    }
}
