package io.qike.crm.opportunity;

import java.math.BigDecimal;

/** 我的销售漏斗: the signed-in user's open opportunities at one stage. */
public record PipelineStage(long stageId, String processName, String stageName, long count, BigDecimal amount) {
}
