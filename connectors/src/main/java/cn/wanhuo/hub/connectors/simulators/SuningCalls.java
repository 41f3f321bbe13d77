package cn.wanhuo.hub.connectors.simulators;

import static cn.wanhuo.hub.connectors.simulators.Wire.required;
import static cn.wanhuo.hub.connectors.simulators.Wire.text;

import cn.wanhuo.hub.connectors.simulators.SimulatedOrder.Status;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What each Suning method does to the shop and answers in {@code sn_head} and {@code sn_body}. */
final class SuningCalls {

  private static final long DAY_SECONDS = 86_400;

  private final SuningDialect dialect;

  SuningCalls(SuningDialect dialect) {
    this.dialect = dialect;
  }

  void answer(String method, JsonNode p, Dialect.Shop shop, long now, ObjectNode head, ObjectNode body) {
    Catalog catalog = shop.catalog();
    switch (method) {
      case "suning.custom.item.query" -> {
        ArrayNode items = body.putArray("queryItem");
        for (StoredItem item : catalog.byOuterId(required(p, "itemCode"))) {
          ObjectNode node = items.addObject();
          node.put("productCode", dialect.itemId(item));
          node.put("itemCode", item.outerId());
          children(item, node);
        }
      }
      case "suning.custom.item.add" -> add(p, catalog, now, body.putObject("addItem"));
      case "suning.custom.item.modify" -> {
        String productCode = required(p, "productCode");
        StoredItem item = catalog.item(SuningDialect.itemOf(productCode));
        List<String> images = new ArrayList<>();
        p.path("images").forEach(image -> images.add(image.asString()));
        String status = text(p, "status");
        if (!status.isEmpty() && !status.equals("0") && !status.equals("1")) {
          throw GatewayError.invalid("status", "\"1\" on sale or \"0\" off sale, not " + status);
        }
        item.describe(text(p, "productName"), text(p, "introduction"), "", images, now);
        if (!status.isEmpty()) {
          item.onSale(status.equals("1"), now);
        }
        body.putObject("modifyItem").put("productCode", productCode);
      }
      case "suning.custom.price.modify" -> {
        String productCode = required(p, "productCode");
        StoredSku sku = SuningDialect.skuOf(productCode, catalog);
        sku.price(Wire.fen(required(p, "price"), "price"));
        catalog.item(sku.key().itemId()).touch(now);
        body.putObject("price").put("productCode", productCode);
      }
      case "suning.custom.inventory.modify" -> {
        String productCode = required(p, "productCode");
        StoredSku sku = SuningDialect.skuOf(productCode, catalog);
        sku.stock((int) Wire.number(required(p, "destInvNum"), "destInvNum"));
        catalog.item(sku.key().itemId()).touch(now);
        body.putObject("inventory").put("productCode", productCode);
      }
      case "suning.custom.ord.query" -> orders(p, shop.orders(), head, body);
      default -> throw GatewayError.of(GatewayError.Kind.UNKNOWN_METHOD);
    }
  }

  private void add(JsonNode p, Catalog catalog, long now, ObjectNode answer) {
    JsonNode children = p.path("childItem");
    if (!children.isArray() || children.isEmpty()) {
      throw GatewayError.missing("childItem");
    }
    List<Catalog.SkuDraft> skus = new ArrayList<>();
    for (JsonNode child : children) {
      skus.add(new Catalog.SkuDraft(required(child, "itemCode"), "", Wire.fen(required(child, "price"), "price"),
          (int) Wire.number(required(child, "invNum"), "invNum")));
    }
    List<String> images = new ArrayList<>();
    p.path("images").forEach(image -> images.add(image.asString()));
    StoredItem item = catalog.add(new Catalog.ItemDraft(required(p, "itemCode"), required(p, "productName"),
        text(p, "introduction"), required(p, "categoryCode"), images, true, skus), now);
    answer.put("productCode", dialect.itemId(item));
    ArrayNode childItems = answer.putArray("childItem");
    for (StoredSku sku : item.skus()) {
      ObjectNode node = childItems.addObject();
      node.put("productCode", dialect.skuId(sku.key()));
      node.put("itemCode", sku.key().outerSkuId());
    }
  }

  private void orders(JsonNode p, OrderBook orders, ObjectNode head, ObjectNode body) {
    long from = Wire.time(required(p, "startTime"), "startTime").getEpochSecond();
    long to = Wire.time(required(p, "endTime"), "endTime").getEpochSecond();
    int pageNo = (int) Wire.number(text(p, "pageNo").isBlank() ? "1" : text(p, "pageNo"), "pageNo");
    int pageSize = (int) Wire.number(text(p, "pageSize").isBlank() ? "10" : text(p, "pageSize"), "pageSize");
    if (to < from) {
      throw GatewayError.invalid("endTime", "endTime is before startTime");
    }
    if (to - from > DAY_SECONDS) {
      throw GatewayError.of(GatewayError.Kind.WINDOW_TOO_WIDE);
    }
    if (pageNo < 1 || pageSize < 1 || pageSize > 50) {
      throw GatewayError.invalid("pageSize", "pageNo from 1, pageSize from 1 to 50");
    }
    OrderBook.Page page = orders.page(from, to, order -> true, "all", pageNo, pageSize);
    head.put("pageTotal", (page.total() + pageSize - 1) / pageSize);
    head.put("totalSize", page.total());
    ArrayNode list = body.putArray("ord");
    page.orders().forEach(order -> order(order, list.addObject()));
  }

  private void order(StoredOrder order, ObjectNode node) {
    long orderCode = SuningDialect.orderCode(order);
    node.put("orderCode", Long.toString(orderCode));
    node.put("orderTotalStatus", status(order.status));
    node.put("orderSaleTime", Wire.time(order.created));
    node.put("lastUpdateTime", Wire.time(order.modified));
    node.put("userName", dialect.buyer(order.buyer));
    ArrayNode details = node.putArray("orderDetail");
    for (int i = 0; i < order.lines.length; i++) {
      StoredOrder.Line line = order.lines[i];
      ObjectNode detail = details.addObject();
      detail.put("orderLineNumber", Long.toString(orderCode * 10 + i + 1));
      detail.put("itemCode", line.sku().outerSkuId());
      detail.put("saleNum", line.quantity());
      detail.put("payAmount", Wire.yuan(line.paidFen()));
      detail.put("returnStatus", line.refunded() || order.status == Status.REFUNDED ? "1" : "0");
    }
  }

  private static String status(Status status) {
    return switch (status) {
      case UNPAID -> "10";
      case PAID -> "20";
      case SHIPPED -> "30";
      case FINISHED -> "40";
      case CANCELLED -> "50";
      case REFUNDED -> "60";
    };
  }

  private void children(StoredItem item, ObjectNode node) {
    ArrayNode children = node.putArray("childItem");
    for (StoredSku sku : item.skus()) {
      ObjectNode child = children.addObject();
      child.put("productCode", dialect.skuId(sku.key()));
      child.put("itemCode", sku.key().outerSkuId());
    }
  }
}
