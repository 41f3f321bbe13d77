package cn.wanhuo.hub.connectors.simulators;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of an order in a simulator, in platform-neutral terms; each dialect shows {@link Status} as its own
 * codes (docs/platform-wire.md).
 *
 * @param buyer the buyer's nick, pin or id on the platform
 */
public record SimulatedOrder(
    String orderId, Status status, String buyer, Instant created, Instant modified, List<Line> lines) {

  public SimulatedOrder {
    lines = List.copyOf(lines);
  }

  /** Where an order stands on the platform. */
  public enum Status {
    UNPAID, PAID, SHIPPED, FINISHED, CANCELLED, REFUNDED;

    /** Paid and neither cancelled nor refunded as a whole: what the platform counts as sold. */
    public boolean counted() {
      return this == PAID || this == SHIPPED || this == FINISHED;
    }
  }

  /** One line; {@code paidFen} is quantity × the unit price at the time of the order. */
  public record Line(String skuId, String outerSkuId, int quantity, long paidFen, boolean refunded) {}

  /** What the buyer paid for the lines still standing, if the order counts at all. */
  public long countedFen() {
    return status.counted() ? lines.stream().filter(line -> !line.refunded()).mapToLong(Line::paidFen).sum() : 0;
  }
}
