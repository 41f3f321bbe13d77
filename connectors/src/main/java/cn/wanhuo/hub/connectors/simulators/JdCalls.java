package cn.wanhuo.hub.connectors.simulators;

import static cn.wanhuo.hub.connectors.simulators.Wire.required;
import static cn.wanhuo.hub.connectors.simulators.Wire.text;

import cn.wanhuo.hub.connectors.simulators.SimulatedOrder.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What each JOS method does to the shop and answers inside its {@code <method>_responce}. */
final class JdCalls {

  private static final long DAY_SECONDS = 86_400;
  private static final int ON_SALE = 8;

  private final JdDialect dialect;

  JdCalls(JdDialect dialect) {
    this.dialect = dialect;
  }

  void answer(String method, JsonNode p, Dialect.Shop shop, long now, ObjectNode response) {
    Catalog catalog = shop.catalog();
    switch (method) {
      case "jingdong.ware.read.searchWare4Valid" -> {
        ArrayNode data = response.putObject("page").putArray("data");
        for (StoredItem item : catalog.byOuterId(required(p, "outerId"))) {
          ObjectNode ware = data.addObject();
          ware.put("wareId", item.id());
          ware.put("outerId", item.outerId());
          skus(item, ware);
        }
      }
      case "jingdong.ware.write.add" -> add(p, catalog, now, response);
      case "jingdong.ware.write.updateWare" -> {
        JsonNode ware = p.path("ware");
        StoredItem item = catalog.item(Wire.number(required(ware, "wareId"), "wareId"));
        item.describe(text(ware, "title"), text(ware, "introduction"), text(ware, "categoryId"), images(ware), now);
        response.put("success", true);
      }
      case "jingdong.ware.write.upOrDown" -> {
        StoredItem item = catalog.item(Wire.number(required(p, "wareId"), "wareId"));
        String opType = required(p, "opType");
        if (!opType.equals("1") && !opType.equals("2")) {
          throw GatewayError.invalid("opType", "1 up or 2 down, not " + opType);
        }
        item.onSale(opType.equals("1"), now);
        response.put("success", true);
      }
      case "jingdong.price.write.updateSkuJdPrice" -> {
        StoredSku sku = catalog.sku(Wire.number(required(p, "skuId"), "skuId"));
        sku.price(Wire.fen(required(p, "jdPrice"), "jdPrice"));
        catalog.item(sku.key().itemId()).touch(now);
        response.put("success", true);
      }
      case "jingdong.stock.write.updateSkuStock" -> {
        StoredSku sku = catalog.sku(Wire.number(required(p, "skuId"), "skuId"));
        sku.stock((int) Wire.number(required(p, "stockNum"), "stockNum"));
        catalog.item(sku.key().itemId()).touch(now);
        response.put("success", true);
      }
      case "jingdong.pop.order.search" -> orders(p, shop.orders(), response);
      default -> throw GatewayError.of(GatewayError.Kind.UNKNOWN_METHOD);
    }
  }

  private void add(JsonNode p, Catalog catalog, long now, ObjectNode response) {
    JsonNode ware = p.path("ware");
    if (!ware.isObject()) {
      throw GatewayError.missing("ware");
    }
    JsonNode skuNodes = p.path("skus");
    if (!skuNodes.isArray() || skuNodes.isEmpty()) {
      throw GatewayError.missing("skus");
    }
    List<Catalog.SkuDraft> skus = new ArrayList<>();
    for (JsonNode sku : skuNodes) {
      skus.add(new Catalog.SkuDraft(text(sku, "outerId"), text(sku, "saleAttrs"),
          Wire.fen(required(sku, "jdPrice"), "jdPrice"), (int) Wire.number(required(sku, "stockNum"), "stockNum")));
    }
    boolean onSale = text(ware, "wareStatus").equals(Integer.toString(ON_SALE));
    StoredItem item = catalog.add(new Catalog.ItemDraft(text(ware, "outerId"), required(ware, "title"),
        text(ware, "introduction"), required(ware, "categoryId"), images(ware), onSale, skus), now);
    ObjectNode answer = response.putObject("ware");
    answer.put("wareId", item.id());
    skus(item, answer);
  }

  private void orders(JsonNode p, OrderBook orders, ObjectNode response) {
    long from = Wire.time(required(p, "start_date"), "start_date").getEpochSecond();
    long to = Wire.time(required(p, "end_date"), "end_date").getEpochSecond();
    int pageNo = (int) Wire.number(text(p, "page").isBlank() ? "1" : text(p, "page"), "page");
    int pageSize = (int) Wire.number(text(p, "page_size").isBlank() ? "20" : text(p, "page_size"), "page_size");
    ObjectNode result = response.putObject("searchorderinfo_result");
    ObjectNode apiResult = result.putObject("apiResult");
    String refusal = to < from ? "结束时间不能早于开始时间"
        : to - from > DAY_SECONDS ? "查询时间跨度不能超过1天"
        : pageNo < 1 || pageSize < 1 || pageSize > 100 ? "page从1开始，page_size取值1到100" : "";
    apiResult.put("success", refusal.isEmpty());
    apiResult.put("chineseErrCode", refusal);
    apiResult.put("englishErrCode", refusal.isEmpty() ? "" : "invalid query");
    apiResult.put("numberCode", refusal.isEmpty() ? 0 : 10100017);
    ArrayNode list = result.putArray("orderInfoList");
    if (!refusal.isEmpty()) {
      result.put("orderTotal", 0);
      return;
    }
    Set<String> states = text(p, "order_state").isBlank() ? Set.of()
        : Arrays.stream(text(p, "order_state").split(",")).map(String::trim).collect(Collectors.toSet());
    OrderBook.Page page = orders.page(from, to, order -> states.isEmpty() || states.contains(state(order.status)),
        "jd:" + states, pageNo, pageSize);
    result.put("orderTotal", page.total());
    page.orders().forEach(order -> order(order, list.addObject()));
  }

  private void order(StoredOrder order, ObjectNode node) {
    node.put("orderId", dialect.orderId(order));
    node.put("orderState", state(order.status));
    node.put("orderStartTime", Wire.time(order.created));
    node.put("modified", Wire.time(order.modified));
    node.put("pin", dialect.buyer(order.buyer));
    node.put("orderPayment", Wire.yuan(order.paidFen()));
    ArrayNode items = node.putArray("itemInfoList");
    for (StoredOrder.Line line : order.lines) {
      ObjectNode item = items.addObject();
      item.put("skuId", Long.toString(line.sku().skuId()));
      item.put("outerSkuId", line.sku().outerSkuId());
      item.put("itemTotal", Integer.toString(line.quantity()));
      item.put("jdPrice", Wire.yuan(line.unitPriceFen()));
    }
  }

  /** JD has no refunded order state: a refunded order is cancelled there. */
  private static String state(Status status) {
    return switch (status) {
      case UNPAID -> "WAIT_PAY";
      case PAID -> "WAIT_SELLER_STOCK_OUT";
      case SHIPPED -> "WAIT_GOODS_RECEIVE_CONFIRM";
      case FINISHED -> "FINISHED_L";
      case CANCELLED, REFUNDED -> "TRADE_CANCELED";
    };
  }

  private static void skus(StoredItem item, ObjectNode node) {
    ArrayNode skus = node.putArray("skus");
    for (StoredSku sku : item.skus()) {
      ObjectNode skuNode = skus.addObject();
      skuNode.put("skuId", sku.key().skuId());
      skuNode.put("outerId", sku.key().outerSkuId());
    }
  }

  private static List<String> images(JsonNode ware) {
    List<String> images = new ArrayList<>();
    ware.path("images").forEach(image -> images.add(image.asString()));
    return images;
  }
}
