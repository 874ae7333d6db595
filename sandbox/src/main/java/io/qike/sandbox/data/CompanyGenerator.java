package io.qike.sandbox.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates the companies of the data set from a seed. All draws come from one random stream in a
 * fixed order, so the same seed and size always give the same companies.
 */
final class CompanyGenerator {

    private static final LocalDate FIRST_FOUNDING = LocalDate.of(1990, 1, 1);
    private static final LocalDate LAST_FOUNDING = LocalDate.of(2024, 6, 30);
    private static final LocalDate DATA_DATE = LocalDate.of(2024, 12, 31);
    private static final LocalDate CREDIT_CODE_INTRODUCED = LocalDate.of(2015, 10, 1);
    private static final int[] CAPITALS = {10, 50, 100, 200, 300, 500, 800, 1000, 2000, 3000, 5000, 8000,
            10000, 20000, 50000, 100000};

    private final SplittableRandom rnd;
    private final NameMaker names;
    private final ContactMaker contacts;
    private final Set<String> creditCodes = new HashSet<>();
    private final Set<String> regNos = new HashSet<>();

    CompanyGenerator(long seed) {
        this.rnd = new SplittableRandom(seed);
        this.names = new NameMaker(rnd);
        this.contacts = new ContactMaker(rnd);
    }

    List<Company> generate(int count) {
        List<Company> companies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            companies.add(next(i));
        }
        return companies;
    }

    private Company next(int index) {
        Region region = pickRegion();
        Industry industry = Industries.ALL.get(rnd.nextInt(Industries.ALL.size()));
        int c = rnd.nextInt(100);
        String currency = c < 85 ? "人民币" : c < 95 ? "美元" : "港元";
        NameMaker.Named named = names.make(region, industry, currency);

        LocalDate founded = foundingDate();
        List<FormerName> formerNames = formerNames(named, industry, founded);
        String status = status();
        LocalDate closed = status.equals("注销") || status.equals("吊销") ? between(founded.plusYears(1), DATA_DATE) : null;
        LocalDate termEnd = termEnd(founded);
        LocalDate approved = between(founded, closed != null ? closed : DATA_DATE);
        if (!formerNames.isEmpty() && approved.isBefore(formerNames.get(formerNames.size() - 1).changedOn())) {
            approved = formerNames.get(formerNames.size() - 1).changedOn(); // a rename is itself an approval
        }

        String orgBody = organizationBody(founded);
        char orgCheck = CreditCodes.organizationCheckChar(orgBody);
        String creditCode = CreditCodes.build('9', '1', region.code(), orgBody);
        if (!creditCodes.add(creditCode)) {
            return next(index); // practically never; redraw keeps codes unique
        }
        BigDecimal capital = capital();
        String domain = rnd.nextInt(100) < 65 ? contacts.domain(named.pinyin(), industry) : null;
        return new Company(index,
                hex32(), 3_000_000_000L + index * 104_729L + rnd.nextInt(104_729), new UUID(rnd.nextLong(), rnd.nextLong()).toString(),
                named.name(), formerNames, named.brand(),
                creditCode, registrationNumber(region), orgBody + "-" + orgCheck,
                names.person(), capital, currency,
                founded, termEnd, approved, closed, status, econKind(named.name(), currency), region,
                region.city() + region.district() + "市场监督管理局", contacts.address(region),
                industry, industry.scope(), contacts.phone(region), contacts.email(domain, named.pinyin()),
                domain == null ? null : "www." + domain, staff(capital));
    }

    private Region pickRegion() {
        // the first 21 regions (the big coastal economies and municipalities) weigh three times as much
        int weighted = 21 * 3 + (Regions.ALL.size() - 21);
        int r = rnd.nextInt(weighted);
        return r < 63 ? Regions.ALL.get(r / 3) : Regions.ALL.get(21 + r - 63);
    }

    private LocalDate foundingDate() {
        long first = FIRST_FOUNDING.toEpochDay();
        long span = LAST_FOUNDING.toEpochDay() - first;
        // square root skews towards recent years, as most registered companies are young
        return LocalDate.ofEpochDay(first + (long) (span * Math.sqrt(rnd.nextDouble())));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(rnd.nextLong(span + 1));
    }

    private List<FormerName> formerNames(NameMaker.Named named, Industry industry, LocalDate founded) {
        if (rnd.nextInt(100) >= 8 || founded.isAfter(LocalDate.of(2021, 1, 1))) {
            return List.of();
        }
        int count = rnd.nextInt(100) < 70 ? 1 : 2;
        List<FormerName> result = new ArrayList<>();
        LocalDate from = founded.plusYears(1);
        for (int k = 0; k < count; k++) {
            String former = names.formerName(named, industry);
            if (former == null) {
                break;
            }
            LocalDate changed = between(from, from.plusYears(3).isAfter(DATA_DATE) ? DATA_DATE : from.plusYears(3));
            result.add(new FormerName(former, changed));
            from = changed.plusMonths(6);
        }
        return result;
    }

    private String status() {
        int s = rnd.nextInt(100);
        return s < 72 ? "存续" : s < 86 ? "在业" : s < 93 ? "注销" : s < 98 ? "吊销" : "迁出";
    }

    private LocalDate termEnd(LocalDate founded) {
        if (rnd.nextInt(100) < 45) {
            return null; // 无固定期限
        }
        LocalDate end = founded.plusYears(new int[] {10, 20, 30, 50}[rnd.nextInt(4)]).minusDays(1);
        while (!end.isAfter(DATA_DATE)) {
            end = end.plusYears(20); // a company still on the register has had its term extended
        }
        return end;
    }

    private String organizationBody(LocalDate founded) {
        StringBuilder body = new StringBuilder(8);
        if (founded.isAfter(CREDIT_CODE_INTRODUCED) && rnd.nextInt(100) < 90) {
            body.append("MA"); // codes issued since 2015 mostly carry MA in front of the organisation code
            for (int k = 0; k < 6; k++) {
                body.append(CreditCodes.ALPHABET.charAt(rnd.nextInt(CreditCodes.ALPHABET.length())));
            }
        } else {
            for (int k = 0; k < 8; k++) {
                body.append((char) ('0' + rnd.nextInt(10)));
            }
        }
        return body.toString();
    }

    private String registrationNumber(Region region) {
        while (true) {
            StringBuilder no = new StringBuilder(region.code());
            for (int k = 0; k < 8; k++) {
                no.append((char) ('0' + rnd.nextInt(10)));
            }
            String candidate = no.append(iso7064Mod11_10(no)).toString();
            if (regNos.add(candidate)) {
                return candidate;
            }
        }
    }

    /** Check digit of the 15-digit 注册号 (GB/T 17710, ISO 7064 MOD 11,10). */
    static char iso7064Mod11_10(CharSequence digits) {
        int p = 10;
        for (int i = 0; i < digits.length(); i++) {
            int s = (p + digits.charAt(i) - '0') % 10;
            p = (s == 0 ? 10 : s) * 2 % 11;
        }
        return (char) ('0' + (11 - p) % 10);
    }

    private BigDecimal capital() {
        BigDecimal base = BigDecimal.valueOf(CAPITALS[rnd.nextInt(CAPITALS.length)]);
        if (rnd.nextInt(100) < 20) {
            // odd amounts such as 1263.1579 come from capital increases with a premium
            base = base.multiply(BigDecimal.valueOf(1 + rnd.nextDouble())).setScale(4, RoundingMode.HALF_UP);
        }
        return base;
    }

    private String econKind(String name, String currency) {
        if (currency.equals("美元")) {
            return "有限责任公司（外国法人独资）";
        }
        if (currency.equals("港元")) {
            return "有限责任公司（台港澳法人独资）";
        }
        if (name.endsWith("股份有限公司")) {
            return rnd.nextInt(100) < 80 ? "股份有限公司（非上市、自然人投资或控股）" : "股份有限公司（上市、自然人投资或控股）";
        }
        int k = rnd.nextInt(100);
        return k < 60 ? "有限责任公司（自然人投资或控股）" : k < 80 ? "有限责任公司（自然人独资）" : "有限责任公司（法人独资）";
    }

    private int staff(BigDecimal capital) {
        int scale = capital.intValue() < 500 ? 50 : capital.intValue() < 5000 ? 300 : 3000;
        return rnd.nextInt(scale) + (rnd.nextInt(100) < 10 ? 0 : 3);
    }

    private String hex32() {
        return hex16(rnd.nextLong()) + hex16(rnd.nextLong());
    }

    private static String hex16(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex; // String.format would dominate generation time
    }
}
