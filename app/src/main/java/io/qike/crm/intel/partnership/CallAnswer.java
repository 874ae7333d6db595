package io.qike.crm.intel.partnership;

import java.util.List;

/** What one 合作关系挖掘 call returned: its requestId and relations (none for 查询无结果, which has no requestId). */
record CallAnswer(String requestId, List<Relation> relations) {
}
