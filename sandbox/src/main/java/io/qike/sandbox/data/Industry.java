package io.qike.sandbox.data;

/**
 * An industry as the registries classify it (GB/T 4754-2017), plus the word it puts into
 * company names and a typical business scope.
 *
 * @param nameWord      word used in the company name, e.g. "网络科技"
 * @param categoryCode  门类 letter, e.g. "I"
 * @param category      门类, e.g. "信息传输、软件和信息技术服务业"
 * @param bigCode       大类 code, e.g. "64"
 * @param big           大类, e.g. "互联网和相关服务"
 * @param scope         经营范围 text
 * @param domain        short English word used for generated web domains
 */
public record Industry(String nameWord, String categoryCode, String category, String bigCode, String big,
                       String scope, String domain) {
}
