package io.qike.crm.platform.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code qike.jobs}.
 *
 * @param threads      jobs run at once on this node
 * @param staleAfter   a running job whose node has not beaten for this long is taken over
 * @param scanInterval how often this node looks for queued or stale jobs
 */
@ConfigurationProperties("qike.jobs")
public record JobProperties(Integer threads, Duration staleAfter, Duration scanInterval) {
    public JobProperties {
        if (threads == null || threads < 1) threads = 4;
        if (staleAfter == null) staleAfter = Duration.ofSeconds(30);
        if (scanInterval == null) scanInterval = Duration.ofSeconds(10);
    }
}
