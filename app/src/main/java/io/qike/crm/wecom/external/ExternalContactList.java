package io.qike.crm.wecom.external;

import java.util.List;

/** One page of the external contacts; {@code nextCursor} is null after the last page. */
public record ExternalContactList(List<ExternalContactRow> items, String nextCursor) {
}
