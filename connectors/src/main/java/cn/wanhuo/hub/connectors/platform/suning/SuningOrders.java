package cn.wanhuo.hub.connectors.platform.suning;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.list;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.number;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.optionalText;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.text;

import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.PlatformOrder.OrderState;
import cn.wanhuo.hub.connectors.platform.PlatformOrderLine;
import cn.wanhuo.hub.connectors.platform.internal.BeijingTime;
import cn.wanhuo.hub.connectors.platform.internal.OrderPage;
import cn.wanhuo.hub.connectors.platform.internal.PlatformJson;
import cn.wanhuo.hub.connectors.platform.internal.Yuan;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Suning orders (amounts in yuan) as platform orders; the page count comes from {@code sn_head.pageTotal}. */
final class SuningOrders {

  private SuningOrders() {}

  static OrderPage page(JsonNode content) {
    List<PlatformOrder> orders = list(PlatformJson.object(content, "sn_body"), "ord").stream().map(SuningOrders::order).toList();
    JsonNode head = content.path("sn_head");
    boolean nothing = orders.isEmpty() && head.path("pageTotal").isMissingNode();
    return new OrderPage(nothing ? 0 : Math.toIntExact(number(head, "pageTotal")), orders);
  }

  private static PlatformOrder order(JsonNode order) {
    return new PlatformOrder(Channel.SUNING, text(order, "orderCode"), state(text(order, "orderTotalStatus")),
        BeijingTime.parseSeconds(text(order, "orderSaleTime")), BeijingTime.parseSeconds(text(order, "lastUpdateTime")),
        optionalText(order, "userName"), list(order, "orderDetail").stream().map(SuningOrders::line).toList());
  }

  private static PlatformOrderLine line(JsonNode detail) {
    return new PlatformOrderLine(text(detail, "orderLineNumber"), optionalText(detail, "itemCode"),
        Math.toIntExact(number(detail, "saleNum")), Yuan.toFen(text(detail, "payAmount")),
        optionalText(detail, "returnStatus").equals("1"));
  }

  /** Suning's order statuses; ones not listed in docs/platform-wire.md count as not paid yet. */
  static OrderState state(String orderTotalStatus) {
    return switch (orderTotalStatus) {
      case "20", "30", "40" -> OrderState.PAID;
      case "50" -> OrderState.CANCELLED;
      case "60" -> OrderState.REFUNDED;
      default -> OrderState.UNPAID;
    };
  }
}
