package io.qike.crm.registry;

/**
 * What a provider's answer code means for a lookup. Only HARD and TRANSIENT failures switch to the
 * fallback provider: a SOFT code says the query itself cannot be answered, so asking another paid
 * provider the same question would only cost money.
 */
public enum CodeKind {
    /** The provider found nothing (查询无结果 / 无数据). Not a failure. */
    EMPTY,
    /** The query cannot be answered as asked: too short, unsupported keyword, parameter error. Not a failure. */
    SOFT,
    /** The account or configuration is unusable: invalid or suspended key, arrears, no permission, quota, IP. */
    HARD,
    /** Busy or broken for now: rate limits, system errors, timeouts. */
    TRANSIENT
}
