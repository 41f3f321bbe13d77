package cn.wanhuo.hub.connectors.orders;

import cn.wanhuo.hub.connectors.platform.PlatformOrder.OrderState;
import cn.wanhuo.hub.connectors.platform.PlatformOrderLine;
import cn.wanhuo.hub.promotions.sales.SaleLine;
import cn.wanhuo.hub.promotions.sales.SaleLineState;
import java.util.List;

/** What the sales ledger learns from an imported order: one sale line per line of ours. */
final class SaleLines {

  private SaleLines() {}

  /**
   * The order's lines for the ledger. An unpaid order is not a sale yet, so it gives none (its next state will);
   * lines whose outer SKU id is not one of ours (goods the shop sells besides the hub's) are left out.
   */
  static List<SaleLine> of(ImportedOrder order) {
    if (order.state() == OrderState.UNPAID) {
      return List.of();
    }
    return order.lines().stream()
        .filter(line -> isOurs(line.outerSkuId()))
        .map(line -> saleLine(order, line))
        .toList();
  }

  private static SaleLine saleLine(ImportedOrder order, PlatformOrderLine line) {
    int colon = line.outerSkuId().indexOf(':');
    return new SaleLine(order.channel(), order.orderId(), line.lineId(), order.createdAt(), order.modifiedAt(),
        line.outerSkuId().substring(0, colon), line.outerSkuId().substring(colon + 1), line.quantity(), line.paidFen(),
        order.buyerKey(), state(order.state(), line));
  }

  private static SaleLineState state(OrderState order, PlatformOrderLine line) {
    return switch (order) {
      case PAID -> line.refunded() ? SaleLineState.REFUNDED : SaleLineState.COUNTED;
      case REFUNDED -> SaleLineState.REFUNDED;
      case CANCELLED, UNPAID -> SaleLineState.CANCELLED;
    };
  }

  /** Ours: {@code <productId>:<skuCode>}, both parts present. */
  static boolean isOurs(String outerSkuId) {
    int colon = outerSkuId.indexOf(':');
    return colon > 0 && colon < outerSkuId.length() - 1;
  }
}
