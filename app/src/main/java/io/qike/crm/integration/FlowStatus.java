package io.qike.crm.integration;

/** How an action flow (or one interface call) ended: a result, no result (查询无结果), or a failure. */
public enum FlowStatus {
    SUCCESS, EMPTY, FAILURE
}
