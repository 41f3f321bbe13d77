package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A shop on one platform as the rest of the hub sees it: never its secrets, which only
 * {@link ChannelAccounts#credentials} hands out, decrypted, for a call.
 *
 * @param qps calls per second the platform allows this app key
 * @param statusMessage why the shop needs authorising again, in the platform's words
 */
public record ChannelAccount(
    String id,
    Channel channel,
    String shopName,
    URI gateway,
    String appKey,
    @Nullable Instant tokenExpiresAt,
    AccountStatus status,
    int qps,
    @Nullable String statusMessage,
    Instant createdAt,
    Instant updatedAt) {}
