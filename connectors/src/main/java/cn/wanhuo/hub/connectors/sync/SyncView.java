package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A product's sync on one shop, as the status pages and the error queue show it. */
public record SyncView(
    String id,
    String accountId,
    Channel channel,
    String productId,
    String productName,
    SyncStatus status,
    boolean onSale,
    @Nullable String itemId,
    int attempts,
    Instant nextAttemptAt,
    @Nullable SyncError lastError,
    Instant plannedAt,
    @Nullable Instant syncedAt) {

  static SyncView of(ListingSync sync) {
    return new SyncView(sync.id(), sync.accountId(), sync.channel(), sync.productId(), sync.productName(), sync.status(),
        sync.listing() != null, sync.itemId(), sync.attempts(), sync.nextAttemptAt(), sync.lastError(), sync.plannedAt(), sync.syncedAt());
  }
}
