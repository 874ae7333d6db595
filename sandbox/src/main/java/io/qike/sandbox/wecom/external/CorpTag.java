package io.qike.sandbox.wecom.external;

import java.util.List;

/** 企业标签 as they appear on a follow relation. */
public record CorpTag(String groupName, String tagName, String tagId) {
    static final List<List<String>> GROUPS = List.of(
            List.of("客户等级", "重点客户", "普通客户", "潜在客户"),
            List.of("客户来源", "展会", "官网咨询", "老客户转介绍", "电话营销"),
            List.of("所属行业", "制造业", "互联网", "零售", "医疗"));
}
