package cn.wanhuo.hub.connectors.simulators;

import static cn.wanhuo.hub.connectors.simulators.Wire.required;

import cn.wanhuo.hub.connectors.simulators.SimulatedOrder.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What each TOP method does to the shop and answers inside its {@code <method>_response}. */
final class TaobaoCalls {

  private static final long DAY_SECONDS = 86_400;

  private final TaobaoDialect dialect;

  TaobaoCalls(TaobaoDialect dialect) {
    this.dialect = dialect;
  }

  void answer(String method, Map<String, String> p, Dialect.Shop shop, long now, ObjectNode response) {
    Catalog catalog = shop.catalog();
    switch (method) {
      case "taobao.items.custom.get" -> findByOuterId(p, catalog, response);
      case "taobao.item.add" -> add(p, catalog, now, response.putObject("item"));
      case "taobao.item.update" -> {
        StoredItem item = item(p, catalog);
        item.describe(p.getOrDefault("title", ""), p.getOrDefault("desc", ""), p.getOrDefault("cid", ""),
            images(p), now);
        itemModified(item, response);
      }
      case "taobao.item.update.listing" -> {
        StoredItem item = item(p, catalog);
        Wire.number(required(p, "num"), "num");
        item.onSale(true, now);
        itemModified(item, response);
      }
      case "taobao.item.sku.price.update" -> {
        StoredItem item = item(p, catalog);
        catalog.sku(item, Wire.number(required(p, "sku_id"), "sku_id")).price(Wire.fen(required(p, "price"), "price"));
        item.touch(now);
        ObjectNode sku = response.putObject("sku");
        sku.put("num_iid", item.id());
        sku.put("modified", Wire.time(item.modified()));
      }
      case "taobao.item.quantity.update" -> updateQuantity(p, catalog, now, response);
      case "taobao.item.update.delisting" -> {
        StoredItem item = item(p, catalog);
        item.onSale(false, now);
        itemModified(item, response);
      }
      case "taobao.trades.sold.increment.get" -> trades(p, shop.orders(), response);
      default -> throw GatewayError.of(GatewayError.Kind.UNKNOWN_METHOD);
    }
  }

  private void findByOuterId(Map<String, String> p, Catalog catalog, ObjectNode response) {
    required(p, "fields");
    List<StoredItem> found = catalog.byOuterId(required(p, "outer_id"));
    if (found.isEmpty()) {
      return;
    }
    ArrayNode items = response.putObject("items").putArray("item");
    for (StoredItem item : found) {
      ObjectNode node = items.addObject();
      node.put("num_iid", item.id());
      node.put("outer_id", item.outerId());
      skus(item, node);
    }
  }

  private void add(Map<String, String> p, Catalog catalog, long now, ObjectNode answer) {
    for (String name : List.of("num", "price", "type", "stuff_status", "title", "desc", "location.state",
        "location.city", "cid")) {
      required(p, name);
    }
    long num = Wire.number(p.get("num"), "num");
    long price = Wire.fen(p.get("price"), "price");
    String outerId = p.getOrDefault("outer_id", "");
    List<Catalog.SkuDraft> skus = new ArrayList<>();
    if (p.containsKey("sku_properties")) {
      List<String> specs = split(p, "sku_properties");
      List<String> quantities = split(p, "sku_quantities");
      List<String> prices = split(p, "sku_prices");
      List<String> outerIds = split(p, "sku_outer_ids");
      if (quantities.size() != specs.size() || prices.size() != specs.size() || outerIds.size() != specs.size()) {
        throw GatewayError.invalid("sku_properties", "sku_properties, sku_quantities, sku_prices and sku_outer_ids "
            + "must have as many values");
      }
      for (int i = 0; i < specs.size(); i++) {
        skus.add(new Catalog.SkuDraft(outerIds.get(i), specs.get(i), Wire.fen(prices.get(i), "sku_prices"),
            (int) Wire.number(quantities.get(i), "sku_quantities")));
      }
      if (skus.stream().mapToLong(Catalog.SkuDraft::stock).sum() != num) {
        throw GatewayError.invalid("num", "num must be the sum of sku_quantities");
      }
    } else {
      skus.add(new Catalog.SkuDraft(outerId, "", price, (int) num));
    }
    StoredItem item = catalog.add(new Catalog.ItemDraft(outerId, p.get("title"), p.get("desc"), p.get("cid"),
        images(p), true, skus), now);
    answer.put("num_iid", item.id());
    answer.put("created", Wire.time(item.created()));
    skus(item, answer);
  }

  private void updateQuantity(Map<String, String> p, Catalog catalog, long now, ObjectNode response) {
    StoredItem item = item(p, catalog);
    StoredSku sku = catalog.sku(item, Wire.number(required(p, "sku_id"), "sku_id"));
    int quantity = (int) Wire.number(required(p, "quantity"), "quantity");
    String type = p.getOrDefault("type", "1");
    sku.stock("2".equals(type) ? sku.stock() + quantity : quantity);
    item.touch(now);
    ObjectNode answer = response.putObject("item");
    answer.put("num_iid", item.id());
    answer.put("num", item.totalStock());
    answer.put("modified", Wire.time(item.modified()));
  }

  private void trades(Map<String, String> p, OrderBook orders, ObjectNode response) {
    required(p, "fields");
    long from = Wire.time(required(p, "start_modified"), "start_modified").getEpochSecond();
    long to = Wire.time(required(p, "end_modified"), "end_modified").getEpochSecond();
    int pageNo = (int) Wire.number(p.getOrDefault("page_no", "1"), "page_no");
    int pageSize = (int) Wire.number(p.getOrDefault("page_size", "40"), "page_size");
    if (to < from) {
      throw GatewayError.invalid("end_modified", "end_modified is before start_modified");
    }
    if (to - from > DAY_SECONDS) {
      throw GatewayError.of(GatewayError.Kind.WINDOW_TOO_WIDE);
    }
    if (pageNo < 1 || pageSize < 1 || pageSize > 100) {
      throw GatewayError.invalid("page_size", "page_no from 1, page_size from 1 to 100");
    }
    OrderBook.Page page = orders.page(from, to, order -> true, "all", pageNo, pageSize);
    response.put("total_results", page.total());
    response.put("has_next", (long) pageNo * pageSize < page.total());
    ArrayNode trades = response.putObject("trades").putArray("trade");
    page.orders().forEach(order -> trade(order, trades.addObject()));
  }

  private void trade(StoredOrder order, ObjectNode trade) {
    long tid = TaobaoDialect.tid(order);
    trade.put("tid", tid);
    trade.put("status", status(order.status));
    trade.put("created", Wire.time(order.created));
    trade.put("modified", Wire.time(order.modified));
    trade.put("buyer_nick", dialect.buyer(order.buyer));
    trade.put("payment", Wire.yuan(order.paidFen()));
    ArrayNode lines = trade.putObject("orders").putArray("order");
    for (int i = 0; i < order.lines.length; i++) {
      StoredOrder.Line line = order.lines[i];
      ObjectNode node = lines.addObject();
      node.put("oid", tid * 10 + i + 1);
      node.put("outer_sku_id", line.sku().outerSkuId());
      node.put("num", line.quantity());
      node.put("payment", Wire.yuan(line.paidFen()));
      node.put("refund_status", line.refunded() || order.status == Status.REFUNDED ? "SUCCESS" : "NO_REFUND");
    }
  }

  private static String status(Status status) {
    return switch (status) {
      case UNPAID -> "WAIT_BUYER_PAY";
      case PAID -> "WAIT_SELLER_SEND_GOODS";
      case SHIPPED -> "WAIT_BUYER_CONFIRM_GOODS";
      case FINISHED -> "TRADE_FINISHED";
      case REFUNDED -> "TRADE_CLOSED";
      case CANCELLED -> "TRADE_CLOSED_BY_TAOBAO";
    };
  }

  private static StoredItem item(Map<String, String> p, Catalog catalog) {
    return catalog.item(Wire.number(required(p, "num_iid"), "num_iid"));
  }

  private static void itemModified(StoredItem item, ObjectNode response) {
    ObjectNode answer = response.putObject("item");
    answer.put("num_iid", item.id());
    answer.put("modified", Wire.time(item.modified()));
  }

  private static void skus(StoredItem item, ObjectNode node) {
    ArrayNode skus = node.putObject("skus").putArray("sku");
    for (StoredSku sku : item.skus()) {
      ObjectNode skuNode = skus.addObject();
      skuNode.put("sku_id", sku.key().skuId());
      skuNode.put("outer_id", sku.key().outerSkuId());
    }
  }

  private static List<String> images(Map<String, String> p) {
    String picPath = p.getOrDefault("pic_path", "");
    return picPath.isBlank() ? List.of() : List.of(picPath);
  }

  private static List<String> split(Map<String, String> p, String name) {
    return Arrays.asList(required(p, name).split(",", -1));
  }
}
