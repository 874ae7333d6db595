package io.qike.crm.integration;

import java.util.List;

/**
 * Success / no-result / failure rules (成功失败) on one body field. With no {@code codePath} any 2xx
 * answer is a success. Otherwise the value at {@code codePath} (compared as text, so 0 and "0" are
 * the same) decides: one of {@code successCodes} = success, one of {@code emptyCodes} = no result,
 * anything else = failure with the message at {@code messagePath}.
 */
public record ResultRules(String codePath, List<String> successCodes, List<String> emptyCodes, String messagePath) {
    public ResultRules {
        successCodes = successCodes == null ? List.of() : List.copyOf(successCodes);
        emptyCodes = emptyCodes == null ? List.of() : List.copyOf(emptyCodes);
    }

    public static ResultRules httpOnly() {
        return new ResultRules(null, List.of(), List.of(), null);
    }
}
