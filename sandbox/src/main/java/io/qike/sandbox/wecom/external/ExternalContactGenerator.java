package io.qike.sandbox.wecom.external;

import io.qike.sandbox.wecom.core.Seeds;
import io.qike.sandbox.wecom.directory.Directory;
import io.qike.sandbox.wecom.directory.Member;
import io.qike.sandbox.wecom.directory.NamePool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Customers of the members who have 客户联系 rights; about 40 % are enterprise (type 2) contacts. */
public final class ExternalContactGenerator {
    private static final String[] BUYER_TITLES = {"采购经理", "采购主管", "总经理", "IT经理", "运营总监",
            "信息部负责人", "财务总监", "销售总监", "行政经理", "董事长助理"};
    private static final String[] NICKNAMES = {"阳光", "小鱼", "Amy", "Kevin", "老刘", "晴天", "Jason", "木子",
            "大海", "Lily", "Tony", "静待花开", "一帆风顺", "Leo", "橙子"};
    private static final String[] DESCRIPTIONS = {"年度框架采购对接人", "CRM选型项目", "续费客户", "试用中",
            "展会留资", "老客户推荐", "需要报价单", "关注私有化部署", ""};
    private static final int[] ADD_WAYS = {1, 1, 1, 2, 2, 3, 5, 6, 201, 202};

    private ExternalContactGenerator() {
    }

    public static ExternalContacts generate(long seed, Directory directory, List<String> companyNames,
                                            int count, long epochSeconds) {
        SplittableRandom r = Seeds.random(seed, "external-contacts");
        List<Member> sellers = directory.members().stream().filter(Member::customerContact).toList();
        List<CorpTag> tags = tags(seed);
        List<ExternalContact> contacts = new ArrayList<>();
        List<FollowInfo> follows = new ArrayList<>();
        for (int i = 0; i < count && !sellers.isEmpty(); i++) {
            NamePool.Name person = NamePool.next(r);
            boolean corp = r.nextInt(10) < 4 && !companyNames.isEmpty();
            String full = corp ? companyNames.get(r.nextInt(companyNames.size())) : null;
            String shortName = corp ? CompanyNames.shortName(full) : null;
            String name = corp ? person.chinese() : r.nextInt(3) == 0
                    ? NICKNAMES[r.nextInt(NICKNAMES.length)] : person.chinese();
            ExternalContact c = new ExternalContact(i, "wm" + Seeds.base62(r, 30), name,
                    corp ? BUYER_TITLES[r.nextInt(BUYER_TITLES.length)] : null,
                    "https://wx.qlogo.cn/mmhead/" + Seeds.base62(r, 40) + "/0", shortName, full,
                    corp ? 2 : 1, r.nextInt(3), !corp && r.nextInt(3) > 0 ? "o" + Seeds.base62(r, 27) : null);
            contacts.add(c);
            int followers = r.nextInt(20) < 15 ? 1 : r.nextInt(4) < 3 ? 2 : 3;
            Set<Member> chosen = new LinkedHashSet<>();
            while (chosen.size() < Math.min(followers, sellers.size())) {
                chosen.add(sellers.get(r.nextInt(sellers.size())));
            }
            for (Member m : chosen) {
                follows.add(follow(r, m, c, tags, epochSeconds));
            }
        }
        follows.sort(Comparator.comparingLong(FollowInfo::createtime));
        return new ExternalContacts(contacts, follows);
    }

    private static FollowInfo follow(SplittableRandom r, Member m, ExternalContact c, List<CorpTag> tags, long epoch) {
        List<CorpTag> mine = new ArrayList<>();
        for (int t = r.nextInt(3); t > 0; t--) {
            CorpTag tag = tags.get(r.nextInt(tags.size()));
            if (mine.stream().noneMatch(x -> x.groupName().equals(tag.groupName()))) {
                mine.add(tag);
            }
        }
        int addWay = ADD_WAYS[r.nextInt(ADD_WAYS.length)];
        String who = c.type() == 2 ? c.name() + "-" + c.corpName() : c.name();
        List<String> phones = r.nextInt(4) == 0
                ? List.of("13" + String.format("%09d", r.nextInt(1_000_000_000))) : List.of();
        return new FollowInfo(m.userid(), c.externalUserid(), r.nextBoolean() ? who : "",
                DESCRIPTIONS[r.nextInt(DESCRIPTIONS.length)], epoch - 86400L * (1 + r.nextInt(700)) - r.nextInt(86400),
                List.copyOf(mine), c.type() == 2 ? c.corpName() : "", phones,
                r.nextInt(4) == 0 ? c.externalUserid() : m.userid(), addWay,
                addWay == 1 && r.nextBoolean() ? "expo2025" : null);
    }

    private static List<CorpTag> tags(long seed) {
        SplittableRandom r = Seeds.random(seed, "corp-tags");
        List<CorpTag> out = new ArrayList<>();
        for (List<String> group : CorpTag.GROUPS) {
            for (String tag : group.subList(1, group.size())) {
                out.add(new CorpTag(group.get(0), tag, "et" + Seeds.base62(r, 20) + "AA"));
            }
        }
        return out;
    }
}
