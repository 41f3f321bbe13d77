package cn.wanhuo.hub.connectors.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Listing sync settings.
 *
 * @param workers pushes in flight per instance (the rate limit per app key still holds across them)
 * @param lease how long a claimed listing is an instance's before another may take it over
 * @param poll how often an instance looks for pending work planned elsewhere or due for a retry
 * @param backoffBase the first retry's delay; each further retry doubles it, with jitter
 * @param backoffMax the longest delay between retries
 * @param sweepInterval how often one instance re-plans every product, catching changes made while it was down
 */
@ConfigurationProperties("wanhuo.connectors.sync")
public record SyncSettings(int workers, Duration lease, Duration poll, Duration backoffBase, Duration backoffMax, Duration sweepInterval) {}
