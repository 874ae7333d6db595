package io.qike.crm.registry.lookup;

import io.qike.crm.dedup.CompanyNames;
import io.qike.crm.dedup.CreditCodes;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search keywords as cache keys. Only what cannot change the provider's answer is folded: outer and
 * repeated spaces, and the case and width of code-like keywords (credit codes, 注册号). Brackets are
 * not folded — providers treat （） and () as different characters, so two names that differ only
 * there may be two companies.
 */
public final class Keywords {
    public static final int MIN = 2, MAX = 100;
    private static final Pattern CODE_LIKE = Pattern.compile("^[0-9A-Za-z]{8,20}$");

    private Keywords() {
    }

    /** The keyword as it is sent and cached; rejects what no provider would answer (saving the call). */
    public static String check(String keyword) {
        String k = keyword == null ? "" : keyword.strip().replaceAll("\\s+", " ");
        if (k.isEmpty()) throw new InvalidInputException(FieldProblem.of("keyword", "required"));
        String compact = CompanyNames.halfWidth(k).replace(" ", "");
        if (CODE_LIKE.matcher(compact).matches()) k = compact.toUpperCase(Locale.ROOT);
        if (k.length() < MIN) throw new InvalidInputException(FieldProblem.of("keyword", "too_short", MIN));
        if (k.length() > MAX) throw new InvalidInputException(FieldProblem.of("keyword", "too_long", MAX));
        if (k.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidInputException(FieldProblem.of("keyword", "unsupported_keyword"));
        }
        return k;
    }

    /** A valid unified social credit code in the keyword, or null. */
    public static String creditCode(String keyword) {
        String code = CreditCodes.normalize(keyword);
        return CreditCodes.isValid(code) ? code : null;
    }

    /**
     * Whether "no hit for this keyword" proves "no hit for any longer keyword starting with it". True
     * when it holds a character that no code has (a Chinese character, a space, a bracket): then a
     * longer keyword is no code either, and the providers' name search matches by containment. A
     * digits-only prefix proves nothing — the full credit code may well be found.
     */
    public static boolean provesEmptyExtensions(String keyword) {
        return keyword.codePoints().anyMatch(c -> !(c < 128 && Character.isLetterOrDigit(c)));
    }
}
