package io.qike.sandbox.control;

import java.util.Map;

/**
 * What the shared simulator runtime needs to know about one provider's conventions: its envelope
 * for a bare status code, its success code and the codes it uses for exhausted limits.
 */
public interface ProviderDialect {

    Provider provider();

    /** Every status code with its message, success included; codes a BODY_CODE fault may force are the others. */
    Map<String, String> codes();

    /** The status code of a successful, billed call ("200" or "0"). */
    String successCode();

    /** Response body for {@code code} with no data, in the envelope {@code endpoint} uses. */
    Object errorBody(String endpoint, String key, String code);

    /** Code for a key that used up its daily calls. */
    String dailyLimitCode();

    /** Code when all keys together used up the provider's daily calls. */
    String providerDailyLimitCode();

    /** Code for a key calling faster than its QPS limit. */
    String qpsLimitCode();
}
