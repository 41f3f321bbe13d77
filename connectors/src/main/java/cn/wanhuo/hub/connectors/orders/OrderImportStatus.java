package cn.wanhuo.hub.connectors.orders;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How one shop's order import stands, for the operator.
 *
 * @param importedUntil orders modified before this are imported; null before the first round
 * @param orders order versions stored so far
 * @param ledgerPending imported orders of this shop not yet in the sales ledger
 * @param ledgerRefused imported orders the ledger refused (lines of products the hub does not know)
 */
public record OrderImportStatus(
    String accountId,
    Channel channel,
    String shopName,
    @Nullable Instant importedUntil,
    @Nullable Instant lastRunAt,
    @Nullable String lastError,
    long orders,
    long ledgerPending,
    long ledgerRefused) {}
