package io.qike.sandbox.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The companies every registry simulator serves, generated from a seed on first use and then held
 * in memory. Tests and benchmarks of the product use this bean to know the expected answers.
 *
 * <p>Lookups are exact (no trimming, no bracket normalisation): a registry matches the name as
 * registered, and the product must send it that way.
 */
public class CompanyDataSet {

    private final long seed;
    private final int size;
    private volatile Loaded loaded;

    public CompanyDataSet(long seed, int size) {
        if (size < 2) {
            throw new IllegalArgumentException("a data set needs at least 2 companies: " + size);
        }
        this.seed = seed;
        this.size = size;
    }

    public long seed() {
        return seed;
    }

    public int size() {
        return size;
    }

    /** All companies, in index order (immutable). */
    public List<Company> companies() {
        return loaded().companies;
    }

    public Company get(int index) {
        return companies().get(index);
    }

    /** By current name; if no current name matches, by a former name. */
    public Optional<Company> byName(String name) {
        Loaded l = loaded();
        Company c = l.byName.get(name);
        return Optional.ofNullable(c != null ? c : l.byFormerName.get(name));
    }

    /** By current name only. */
    public Optional<Company> byCurrentName(String name) {
        return Optional.ofNullable(loaded().byName.get(name));
    }

    public Optional<Company> byCreditCode(String creditCode) {
        return Optional.ofNullable(loaded().byCreditCode.get(creditCode));
    }

    public Optional<Company> byRegNo(String regNo) {
        return Optional.ofNullable(loaded().byRegNo.get(regNo));
    }

    public Optional<Company> byKeyNo(String keyNo) {
        return Optional.ofNullable(loaded().byKeyNo.get(keyNo));
    }

    public Optional<Company> byTianyanchaId(long id) {
        return Optional.ofNullable(loaded().byTianyanchaId.get(id));
    }

    /** What the detail endpoints accept: name (current, then former), credit code or registration number. */
    public Optional<Company> lookup(String keyword) {
        return byName(keyword).or(() -> byCreditCode(keyword)).or(() -> byRegNo(keyword));
    }

    /**
     * Search as the fuzzy-search endpoints do it: exact matches of name, credit code or registration
     * number first, then every company whose current name contains {@code keyword}, in index order.
     */
    public List<Company> search(String keyword) {
        if (keyword == null || keyword.isEmpty()) {
            return List.of();
        }
        Set<Company> result = new LinkedHashSet<>();
        byCurrentName(keyword).ifPresent(result::add);
        byCreditCode(keyword).ifPresent(result::add);
        byRegNo(keyword).ifPresent(result::add);
        for (Company c : companies()) {
            if (c.name().contains(keyword)) {
                result.add(c);
            }
        }
        return List.copyOf(result);
    }

    /** The company's customer list over all years, newest first. */
    public List<CustomerEntry> customersOf(Company company) {
        return loaded().trades.customersOf(company);
    }

    /** Partnerships found for the company (it is always {@link Relation#companyName()}). */
    public List<Relation> relationsOf(Company company) {
        return loaded().trades.relationsOf(company);
    }

    /**
     * Partnerships where both companies are among {@code names} (current names, exact). Unknown
     * names are ignored; each relation appears once, under the company it was found for, in the
     * order the names were given.
     */
    public List<Relation> relationsAmong(Collection<String> names) {
        Set<String> wanted = new LinkedHashSet<>(names);
        List<Relation> result = new ArrayList<>();
        for (String name : wanted) {
            byCurrentName(name).ifPresent(c -> relationsOf(c).stream()
                    .filter(r -> wanted.contains(r.relatedCompanyName()))
                    .forEach(result::add));
        }
        return result;
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    l = new Loaded(seed, new CompanyGenerator(seed).generate(size));
                    loaded = l;
                }
            }
        }
        return l;
    }

    private static final class Loaded {
        final List<Company> companies;
        final TradeGenerator trades;
        final Map<String, Company> byName = new HashMap<>();
        final Map<String, Company> byFormerName = new HashMap<>();
        final Map<String, Company> byCreditCode = new HashMap<>();
        final Map<String, Company> byRegNo = new HashMap<>();
        final Map<String, Company> byKeyNo = new HashMap<>();
        final Map<Long, Company> byTianyanchaId = new HashMap<>();

        Loaded(long seed, List<Company> companies) {
            this.companies = List.copyOf(companies);
            this.trades = new TradeGenerator(seed, this.companies);
            for (Company c : this.companies) {
                byName.put(c.name(), c);
                c.formerNames().forEach(f -> byFormerName.put(f.name(), c));
                byCreditCode.put(c.creditCode(), c);
                byRegNo.put(c.regNo(), c);
                byKeyNo.put(c.keyNo(), c);
                byTianyanchaId.put(c.tianyanchaId(), c);
            }
        }
    }
}
