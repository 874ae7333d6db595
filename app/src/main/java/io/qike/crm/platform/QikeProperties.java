package io.qike.crm.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code qike.*}.
 *
 * @param dataDir           where the embedded database and uploaded files live
 * @param adminPassword     initial password of the demo admin (generated and printed once when empty)
 * @param seedDemo          create the demo tenant on first start
 * @param maxAttachmentSize largest accepted attachment, in bytes
 */
@ConfigurationProperties("qike")
public record QikeProperties(Path dataDir, String adminPassword, boolean seedDemo, long maxAttachmentSize) {
    public QikeProperties {
        if (dataDir == null) dataDir = Path.of("data");
        if (maxAttachmentSize <= 0) maxAttachmentSize = 10L * 1024 * 1024;
    }
}
