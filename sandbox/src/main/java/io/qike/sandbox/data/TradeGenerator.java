package io.qike.sandbox.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Derives customer lists and partnerships of one company on demand from (seed, company index), so
 * nothing needs to be held in memory and the answer never depends on what was asked before.
 * Every relation is owned by the company it is generated for; the other party is another company
 * of the data set.
 */
final class TradeGenerator {

    private final long seed;
    private final List<Company> companies;

    TradeGenerator(long seed, List<Company> companies) {
        this.seed = seed;
        this.companies = companies;
    }

    private SplittableRandom random(Company company, int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + company.index() * 0x632BE59BD9B4E019L + stream);
    }

    /** Customer list items: newest year first, annual before half-year items, then larger amounts first. */
    List<CustomerEntry> customersOf(Company company) {
        SplittableRandom rnd = random(company, 1);
        if (rnd.nextInt(100) >= 45 || companies.size() < 2) {
            return List.of();
        }
        Set<Company> customers = new LinkedHashSet<>();
        int wanted = 1 + rnd.nextInt(6);
        while (customers.size() < wanted) {
            Company other = companies.get(rnd.nextInt(companies.size()));
            if (other != company) {
                customers.add(other);
            }
        }
        double revenue = 500 + rnd.nextInt(200_000);           // 万元 in the first reported year
        double totalShare = 20 + rnd.nextInt(60);              // customers listed cover 20-80 % of revenue
        double[] weights = new double[customers.size()];
        double weightSum = 0;
        for (int k = 0; k < weights.length; k++) {
            weights[k] = 0.2 + rnd.nextDouble();
            weightSum += weights[k];
        }
        List<CustomerEntry> entries = new ArrayList<>();
        int k = 0;
        for (Company customer : customers) {
            double share = totalShare * weights[k++] / weightSum;
            int first = 2015 + rnd.nextInt(8);
            int last = Math.min(2024, first + rnd.nextInt(6));
            String relationship = rnd.nextInt(100) < 6 ? "关联方" : "";
            for (int year = first; year <= last; year++) {
                double growth = Math.pow(1.08, year - 2015) * (0.85 + 0.3 * rnd.nextDouble());
                double amount = revenue * growth * share / 100;
                int s = rnd.nextInt(100);
                String source = s < 8 ? "公告" : s < 12 ? "招股说明书" : "年报";
                entries.add(new CustomerEntry(String.valueOf(year), customer, twoDecimals(amount),
                        twoDecimals(share * (0.9 + 0.2 * rnd.nextDouble())), relationship, source));
                if (rnd.nextInt(100) < 30) {
                    entries.add(new CustomerEntry(year + "-06", customer, twoDecimals(amount * (0.4 + 0.2 * rnd.nextDouble())),
                            "0", relationship, "半年报"));
                }
            }
        }
        entries.sort(Comparator.comparing((CustomerEntry e) -> e.year().substring(0, 4)).reversed()
                .thenComparing(e -> e.year().length())
                .thenComparing(e -> new BigDecimal(e.salesAmount()), Comparator.reverseOrder()));
        return List.copyOf(entries);
    }

    /** Partnerships found for {@code company}: its disclosed customers plus bids, announcements, court cases. */
    List<Relation> relationsOf(Company company) {
        List<Relation> relations = new ArrayList<>();
        Map<Company, CustomerEntry> latest = new LinkedHashMap<>();
        for (CustomerEntry e : customersOf(company)) {
            if (e.year().length() == 4) {
                latest.putIfAbsent(e.customer(), e); // entries are newest first
            }
        }
        latest.forEach((customer, e) -> relations.add(new Relation(company.name(), customer.name(),
                new BigDecimal(e.salesAmount()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                e.year() + "-12", "年报")));
        SplittableRandom rnd = random(company, 2);
        addRandom(company, relations, rnd, 35, 4, "招投标", 5, 3000);
        addRandom(company, relations, rnd, 10, 2, "公告", 50, 20000);
        addRandom(company, relations, rnd, 5, 1, "司法", 1, 500);
        return List.copyOf(relations);
    }

    private void addRandom(Company company, List<Relation> out, SplittableRandom rnd, int percent, int max,
                           String source, int minAmount, int maxAmount) {
        if (rnd.nextInt(100) >= percent || companies.size() < 2) {
            return;
        }
        int count = 1 + rnd.nextInt(max);
        for (int k = 0; k < count; k++) {
            Company other = companies.get(rnd.nextInt(companies.size()));
            if (other == company) {
                continue;
            }
            double amount = minAmount + rnd.nextDouble() * (maxAmount - minAmount);
            int year = 2016 + rnd.nextInt(9);
            int month = 1 + rnd.nextInt(12);
            String date = year + (month < 10 ? "-0" : "-") + month;
            out.add(new Relation(company.name(), other.name(), money(amount, 1), date, source));
        }
    }

    /** Sales figures keep both decimals, as the reports print them ("125.40"). */
    private static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String money(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
