package io.qike.sandbox.data;

import java.util.SplittableRandom;

/** Addresses, phone numbers, web domains and e-mail addresses; draws from the generator's stream. */
final class ContactMaker {

    private final SplittableRandom rnd;

    ContactMaker(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    String address(Region region) {
        StringBuilder a = new StringBuilder();
        if (!region.municipality()) {
            a.append(region.province());
        }
        a.append(region.city()).append(region.district())
                .append(Vocabulary.ROADS.get(rnd.nextInt(Vocabulary.ROADS.size())))
                .append(1 + rnd.nextInt(2000)).append('号')
                .append(Vocabulary.BUILDING_SUFFIXES.get(rnd.nextInt(Vocabulary.BUILDING_SUFFIXES.size())));
        if (rnd.nextInt(100) < 50) {
            int floor = 1 + rnd.nextInt(30);
            int room = 1 + rnd.nextInt(20);
            a.append(floor).append(room < 10 ? "0" : "").append(room).append('室');
        }
        return a.toString();
    }

    String phone(Region region) {
        if (rnd.nextInt(100) < 75) {
            StringBuilder p = new StringBuilder(region.phoneArea()).append('-').append(2 + rnd.nextInt(7));
            for (int k = 1; k < 8; k++) {
                p.append(rnd.nextInt(10));
            }
            return p.toString();
        }
        StringBuilder m = new StringBuilder("1").append("35789".charAt(rnd.nextInt(5)));
        for (int k = 0; k < 9; k++) {
            m.append(rnd.nextInt(10));
        }
        return m.toString();
    }

    String domain(String pinyin, Industry industry) {
        String tld = new String[] {".com", ".cn", ".com.cn"}[rnd.nextInt(3)];
        return pinyin + (rnd.nextBoolean() ? industry.domain() : "") + tld;
    }

    String email(String domain, String pinyin) {
        int e = rnd.nextInt(100);
        if (e < 15) {
            return null;
        }
        if (domain != null && e < 65) {
            return new String[] {"service", "info", "hr", "sales", "contact"}[rnd.nextInt(5)] + "@" + domain;
        }
        return e < 85 ? (10_000_000 + rnd.nextInt(900_000_000)) + "@qq.com" : pinyin + (100 + rnd.nextInt(900)) + "@163.com";
    }
}
