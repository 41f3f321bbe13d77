package cn.wanhuo.hub.connectors.platform.pinduoduo;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.list;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.number;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.optionalText;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.text;

import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.PlatformOrder.OrderState;
import cn.wanhuo.hub.connectors.platform.PlatformOrderLine;
import cn.wanhuo.hub.connectors.platform.internal.BeijingTime;
import cn.wanhuo.hub.connectors.platform.internal.OrderPage;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import tools.jackson.databind.JsonNode;

/** Pinduoduo orders (amounts already in fen) as platform orders. */
final class PddOrders {

  private PddOrders() {}

  static OrderPage page(JsonNode answer) {
    return OrderPage.ofTotal(number(answer, "total_count"), PinduoduoConnector.PAGE_SIZE,
        list(answer, "order_sn_list").stream().map(PddOrders::order).toList());
  }

  private static PlatformOrder order(JsonNode order) {
    return new PlatformOrder(Channel.PINDUODUO, text(order, "order_sn"),
        state(text(order, "order_status"), optionalText(order, "refund_status")),
        BeijingTime.parseSeconds(text(order, "created_time")), BeijingTime.parseSeconds(text(order, "updated_at")),
        optionalText(order, "buyer_id"), list(order, "item_list").stream().map(PddOrders::line).toList());
  }

  private static PlatformOrderLine line(JsonNode item) {
    long count = number(item, "goods_count");
    return new PlatformOrderLine(text(item, "sku_id"), optionalText(item, "outer_id"), Math.toIntExact(count),
        Math.multiplyExact(number(item, "goods_price"), count), false);
  }

  /** A refund that succeeded wins over the order status; statuses not listed in docs/platform-wire.md are unpaid. */
  static OrderState state(String orderStatus, String refundStatus) {
    if (refundStatus.equals("4")) {
      return OrderState.REFUNDED;
    }
    return switch (orderStatus) {
      case "1", "2", "3" -> OrderState.PAID;
      default -> OrderState.UNPAID;
    };
  }
}
