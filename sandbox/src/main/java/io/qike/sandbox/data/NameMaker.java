package io.qike.sandbox.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes company and person names. Keeps every company name it hands out (current and former) so
 * that names are unique across the data set: an exact-name lookup must find one company only.
 */
final class NameMaker {

    /** A company name and the brand it was built from. */
    record Named(String name, String brand, String pinyin, String prefix, String suffix) {
    }

    private final SplittableRandom rnd;
    private final List<String[]> brands = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    NameMaker(SplittableRandom rnd) {
        this.rnd = rnd;
        // a limited pool of brands, so the same 字号 shows up in several regions and industries
        Set<String> seen = new HashSet<>();
        List<String[]> syllables = Vocabulary.BRAND_SYLLABLES;
        while (brands.size() < 700) {
            String[] a = syllables.get(rnd.nextInt(syllables.size()));
            String[] b = syllables.get(rnd.nextInt(syllables.size()));
            if (!a[0].equals(b[0]) && seen.add(a[0] + b[0])) {
                brands.add(new String[] {a[0] + b[0], a[1] + b[1]});
            }
        }
    }

    Named make(Region region, Industry industry, String currency) {
        while (true) {
            String[] brand = brands.get(rnd.nextInt(brands.size()));
            Named named = currency.equals("人民币") ? domestic(brand, region, industry) : foreignInvested(brand, region, industry);
            if (used.add(named.name())) {
                return named;
            }
        }
    }

    private Named domestic(String[] brand, Region region, Industry industry) {
        int p = rnd.nextInt(100);
        String prefix = p < 45 ? region.shortCity() : p < 65 ? region.city() : p < 85 ? region.shortProvince() : "";
        int s = rnd.nextInt(100);
        String suffix;
        if (prefix.isEmpty()) {
            // only large companies may register without a region prefix
            suffix = s < 60 ? "股份有限公司" : "（集团）有限公司";
        } else if (s < 60) {
            suffix = "有限公司";
        } else if (s < 75) {
            suffix = "有限责任公司";
        } else if (s < 90) {
            suffix = "股份有限公司";
        } else {
            suffix = rnd.nextInt(100) < 75 ? "（集团）有限公司" : "(集团)有限公司";
        }
        return new Named(prefix + brand[0] + industry.nameWord() + suffix, brand[0], brand[1], prefix, suffix);
    }

    private Named foreignInvested(String[] brand, Region region, Industry industry) {
        // foreign-invested companies put the region in brackets after the brand: 瑞达电子（苏州）有限公司
        boolean fullWidth = rnd.nextInt(100) < 80;
        String suffix = (fullWidth ? "（" : "(") + region.shortCity() + (fullWidth ? "）" : ")") + "有限公司";
        return new Named(brand[0] + industry.nameWord() + suffix, brand[0], brand[1], "", suffix);
    }

    /** A plausible earlier name of {@code current}: another industry word or legal form; null if none is free. */
    String formerName(Named current, Industry industry) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Industry other = Industries.ALL.get(rnd.nextInt(Industries.ALL.size()));
            String suffix = current.suffix().equals("股份有限公司") ? "有限公司" : current.suffix();
            String candidate = current.prefix() + current.brand() + other.nameWord() + suffix;
            if (other != industry && used.add(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    String person() {
        String surname = Vocabulary.SURNAMES.get(rnd.nextInt(Vocabulary.SURNAMES.size()));
        String chars = Vocabulary.GIVEN_NAME_CHARS;
        StringBuilder name = new StringBuilder(surname).append(chars.charAt(rnd.nextInt(chars.length())));
        if (rnd.nextInt(100) < 70) {
            name.append(chars.charAt(rnd.nextInt(chars.length())));
        }
        return name.toString();
    }
}
