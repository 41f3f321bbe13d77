package cn.wanhuo.hub.connectors.platform;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Instant;
import java.util.List;

/**
 * An order as a platform reports it now. The same order is reported again whenever it changes (paid, shipped,
 * refunded); the latest {@link #modifiedAt} wins.
 *
 * @param buyerKey the platform's buyer identity (nick, pin, open id), only ever used to count unique buyers
 */
public record PlatformOrder(
    Channel channel,
    String orderId,
    OrderState state,
    Instant createdAt,
    Instant modifiedAt,
    String buyerKey,
    List<PlatformOrderLine> lines) {

  public PlatformOrder {
    lines = List.copyOf(lines);
  }

  /** Where an order stands, in the terms the sales ledger counts by. */
  public enum OrderState {
    /** Waiting for payment: not a sale yet. */
    UNPAID,
    /** Paid, shipped or finished: counted. */
    PAID,
    /** Closed before payment or cancelled: not counted. */
    CANCELLED,
    /** Paid and then refunded in full: no longer counted. */
    REFUNDED
  }
}
