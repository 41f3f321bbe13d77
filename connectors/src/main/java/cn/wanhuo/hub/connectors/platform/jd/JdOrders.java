package cn.wanhuo.hub.connectors.platform.jd;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.list;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.number;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.object;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.optionalText;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.text;

import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.PlatformOrder.OrderState;
import cn.wanhuo.hub.connectors.platform.PlatformOrderLine;
import cn.wanhuo.hub.connectors.platform.internal.BeijingTime;
import cn.wanhuo.hub.connectors.platform.internal.Failures;
import cn.wanhuo.hub.connectors.platform.internal.OrderPage;
import cn.wanhuo.hub.connectors.platform.internal.Yuan;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import tools.jackson.databind.JsonNode;

/** JD POP orders as platform orders; a refusal inside the success envelope ({@code apiResult}) is permanent. */
final class JdOrders {

  private JdOrders() {}

  static OrderPage page(JsonNode answer) {
    JsonNode result = object(answer, "searchorderinfo_result");
    JsonNode api = object(result, "apiResult");
    if (!api.path("success").asBoolean(false)) {
      throw new PlatformException(Channel.JD, Failure.PERMANENT, optionalText(api, "numberCode"),
          Failures.describe(optionalText(api, "chineseErrCode"), optionalText(api, "englishErrCode"), "JD refused the order search"));
    }
    return OrderPage.ofTotal(number(result, "orderTotal"), JdConnector.PAGE_SIZE,
        list(result, "orderInfoList").stream().map(JdOrders::order).toList());
  }

  private static PlatformOrder order(JsonNode order) {
    return new PlatformOrder(Channel.JD, text(order, "orderId"), state(text(order, "orderState")),
        BeijingTime.parseSeconds(text(order, "orderStartTime")), BeijingTime.parseSeconds(text(order, "modified")),
        optionalText(order, "pin"), list(order, "itemInfoList").stream().map(JdOrders::line).toList());
  }

  private static PlatformOrderLine line(JsonNode item) {
    long quantity = number(item, "itemTotal");
    return new PlatformOrderLine(text(item, "skuId"), optionalText(item, "outerSkuId"), Math.toIntExact(quantity),
        Yuan.toFen(text(item, "jdPrice"), quantity), false);
  }

  /** JD's order states; ones not listed in docs/platform-wire.md count as not paid yet. */
  static OrderState state(String orderState) {
    return switch (orderState) {
      case "WAIT_SELLER_STOCK_OUT", "WAIT_GOODS_RECEIVE_CONFIRM", "FINISHED_L" -> OrderState.PAID;
      case "TRADE_CANCELED" -> OrderState.CANCELLED;
      default -> OrderState.UNPAID;
    };
  }
}
