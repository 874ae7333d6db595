package io.qike.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditCodesTest {

    /** A published example code: 91350100M000100Y43 (its org code M000100Y-4 checks under GB 11714 too). */
    private static final String KNOWN = "91350100M000100Y43";

    @Test
    void acceptsAKnownRealCode() {
        assertThat(CreditCodes.isValid(KNOWN)).isTrue();
        assertThat(CreditCodes.hasValidOrganizationCode(KNOWN)).isTrue();
        assertThat(CreditCodes.checkChar(KNOWN.substring(0, 17))).isEqualTo('3');
        assertThat(CreditCodes.organizationCheckChar("M000100Y")).isEqualTo('4');
    }

    @Test
    void rejectsEveryOtherCheckCharacter() {
        for (char c : CreditCodes.ALPHABET.toCharArray()) {
            String candidate = KNOWN.substring(0, 17) + c;
            assertThat(CreditCodes.isValid(candidate)).as(candidate).isEqualTo(c == '3');
        }
    }

    @Test
    void rejectsMalformedCodes() {
        assertThat(CreditCodes.isValid(null)).isFalse();
        assertThat(CreditCodes.isValid(KNOWN.substring(0, 17))).isFalse();
        assertThat(CreditCodes.isValid(KNOWN + "0")).isFalse();
        assertThat(CreditCodes.isValid(KNOWN.toLowerCase())).isFalse();
        assertThat(CreditCodes.isValid("91350100I000100Y43")).isFalse(); // I is not in the alphabet
        assertThat(CreditCodes.isValid("９1350100M000100Y43")).isFalse(); // full-width digit
    }

    @Test
    void swappingTwoCharactersIsDetected() {
        String swapped = KNOWN.substring(0, 2) + KNOWN.charAt(3) + KNOWN.charAt(2) + KNOWN.substring(4);
        assertThat(CreditCodes.isValid(swapped)).isFalse();
    }

    @Test
    void organizationCheckSatisfiesTheMod11Equation() {
        int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
        boolean sawX = false;
        boolean sawZero = false;
        for (int n = 0; n < 2000; n++) {
            String body = String.format("%08d", n * 4999L % 100_000_000L);
            char check = CreditCodes.organizationCheckChar(body);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (body.charAt(i) - '0') * w[i];
            }
            int checkValue = check == 'X' ? 10 : check - '0';
            assertThat((sum + checkValue) % 11).as(body).isZero();
            sawX |= check == 'X';
            sawZero |= check == '0';
        }
        assertThat(sawX).isTrue();
        assertThat(sawZero).isTrue();
    }

    @Test
    void buildProducesValidCodes() {
        String code = CreditCodes.build('9', '1', "440305", "MA5DFX7K");
        assertThat(code).hasSize(18).startsWith("91440305MA5DFX7K");
        assertThat(CreditCodes.isValid(code)).isTrue();
        assertThat(CreditCodes.hasValidOrganizationCode(code)).isTrue();
        assertThatThrownBy(() -> CreditCodes.checkChar("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
