package io.qike.crm.integration;

import java.time.OffsetDateTime;

/** A connector (连接器) groups the interfaces of one outside system, such as 天眼查. */
public record Connector(long id, String name, String description, int connections, int interfaces,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
