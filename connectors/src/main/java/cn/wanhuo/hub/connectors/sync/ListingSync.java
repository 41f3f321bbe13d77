package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One product on one shop: the listing the hub wants there (and its hash), the hash the platform last confirmed, and
 * the work state. Written only by conditional updates, never whole, so planners and workers on several instances
 * never overwrite each other.
 *
 * @param id {@code <accountId>:<productId>}
 * @param listing what to publish; null means the product must be off sale there
 * @param problem why the desired listing cannot be pushed at all (no template), shown as a permanent failure
 * @param itemId the platform's item id once known; with {@code skuIds} stored right after creating or finding it
 */
@Document("listing_sync")
@CompoundIndex(name = "shop_due", def = "{'accountId': 1, 'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "queue", def = "{'channel': 1, 'status': 1}")
public record ListingSync(
    @Id String id,
    String accountId,
    Channel channel,
    @Indexed String productId,
    String ownerUsername,
    String productName,
    String desiredHash,
    long productVersion,
    @Nullable Listing listing,
    @Nullable String problem,
    @Nullable String syncedHash,
    SyncStatus status,
    @Nullable String itemId,
    Map<String, String> skuIds,
    int attempts,
    Instant nextAttemptAt,
    @Nullable SyncError lastError,
    Lease lease,
    Instant plannedAt,
    @Nullable Instant syncedAt,
    long version) {

  public ListingSync {
    skuIds = skuIds == null ? Map.of() : Map.copyOf(skuIds);
    lease = lease == null ? Lease.NONE : lease;
  }

  static String idOf(String accountId, String productId) {
    return accountId + ":" + productId;
  }
}
