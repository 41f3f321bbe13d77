package cn.wanhuo.hub.connectors.platform.taobao;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.list;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.number;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.optionalText;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.text;

import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.PlatformOrder.OrderState;
import cn.wanhuo.hub.connectors.platform.PlatformOrderLine;
import cn.wanhuo.hub.connectors.platform.internal.BeijingTime;
import cn.wanhuo.hub.connectors.platform.internal.OrderPage;
import cn.wanhuo.hub.connectors.platform.internal.Yuan;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import tools.jackson.databind.JsonNode;

/** TOP trades and their sub-orders as platform orders. */
final class TaobaoTrades {

  private TaobaoTrades() {}

  static OrderPage page(JsonNode answer) {
    return OrderPage.ofTotal(number(answer, "total_results"), TaobaoConnector.PAGE_SIZE,
        list(answer.path("trades"), "trade").stream().map(TaobaoTrades::order).toList());
  }

  private static PlatformOrder order(JsonNode trade) {
    return new PlatformOrder(Channel.TAOBAO, text(trade, "tid"), state(text(trade, "status")),
        BeijingTime.parseSeconds(text(trade, "created")), BeijingTime.parseSeconds(text(trade, "modified")),
        optionalText(trade, "buyer_nick"),
        list(trade.path("orders"), "order").stream().map(TaobaoTrades::line).toList());
  }

  private static PlatformOrderLine line(JsonNode order) {
    return new PlatformOrderLine(text(order, "oid"), optionalText(order, "outer_sku_id"),
        Math.toIntExact(number(order, "num")), Yuan.toFen(text(order, "payment")),
        optionalText(order, "refund_status").equals("SUCCESS"));
  }

  /** TOP's trade statuses; ones not listed in docs/platform-wire.md count as not paid yet. */
  static OrderState state(String status) {
    return switch (status) {
      case "WAIT_SELLER_SEND_GOODS", "SELLER_CONSIGNED_PART", "WAIT_BUYER_CONFIRM_GOODS", "TRADE_BUYER_SIGNED",
           "TRADE_FINISHED", "PAID_FORBID_CONSIGN" -> OrderState.PAID;
      case "TRADE_CLOSED" -> OrderState.REFUNDED;
      case "TRADE_CLOSED_BY_TAOBAO" -> OrderState.CANCELLED;
      default -> OrderState.UNPAID;
    };
  }
}
