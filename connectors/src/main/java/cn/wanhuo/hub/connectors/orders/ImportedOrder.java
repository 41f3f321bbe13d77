package cn.wanhuo.hub.connectors.orders;

import cn.wanhuo.hub.connectors.platform.PlatformOrder.OrderState;
import cn.wanhuo.hub.connectors.platform.PlatformOrderLine;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A platform order as last imported, one document per platform order. {@code ledgerPending} is set in the same
 * write as every newer state, and cleared only once the sales ledger has the lines of exactly that state, so an
 * order can never be imported without being counted.
 *
 * @param id {@code <channel>:<platform order id>}
 * @param ledgerRefusal why the sales ledger refused this version's lines, for the operator; null when counted
 */
@Document("platform_orders")
public record ImportedOrder(
    @Id String id,
    String accountId,
    Channel channel,
    String orderId,
    OrderState state,
    Instant createdAt,
    Instant modifiedAt,
    String buyerKey,
    List<PlatformOrderLine> lines,
    @Indexed boolean ledgerPending,
    @Nullable String ledgerRefusal,
    Instant importedAt) {

  static String idOf(Channel channel, String orderId) {
    return channel.name() + ":" + orderId;
  }
}
