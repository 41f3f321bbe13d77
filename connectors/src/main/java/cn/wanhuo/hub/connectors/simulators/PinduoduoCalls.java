package cn.wanhuo.hub.connectors.simulators;

import static cn.wanhuo.hub.connectors.simulators.Wire.required;
import static cn.wanhuo.hub.connectors.simulators.Wire.text;

import cn.wanhuo.hub.connectors.simulators.SimulatedOrder.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What each Pinduoduo type does to the shop and answers. Pinduoduo lists only orders that were paid: unpaid orders
 * and those cancelled before payment never show.
 */
final class PinduoduoCalls {

  private static final long WINDOW_SECONDS = 30 * 60;

  private final PinduoduoDialect dialect;
  private long commits;

  PinduoduoCalls(PinduoduoDialect dialect) {
    this.dialect = dialect;
  }

  void answer(String type, Map<String, String> p, Dialect.Shop shop, long now, ObjectNode root) {
    Catalog catalog = shop.catalog();
    switch (type) {
      case "pdd.goods.list.get" -> list(p, catalog, root.putObject("goods_list_get_response"));
      case "pdd.goods.add" -> add(p, catalog, now, root.putObject("goods_add_response"));
      case "pdd.goods.information.update" -> {
        StoredItem item = goods(p, catalog);
        item.describe(p.getOrDefault("goods_name", ""), p.getOrDefault("goods_desc", ""), "",
            p.containsKey("carousel_gallery") ? urls(p.get("carousel_gallery"), "carousel_gallery") : List.of(), now);
        root.putObject("goods_information_update_response").put("is_success", true);
      }
      case "pdd.goods.sale.status.set" -> {
        StoredItem item = goods(p, catalog);
        String onSale = required(p, "is_onsale");
        if (!onSale.equals("1") && !onSale.equals("0")) {
          throw GatewayError.invalid("is_onsale", "1 or 0, not " + onSale);
        }
        item.onSale(onSale.equals("1"), now);
        root.putObject("goods_sale_status_set_response").put("is_success", true);
      }
      case "pdd.goods.sku.price.update" -> {
        StoredItem item = goods(p, catalog);
        Map<StoredSku, Long> prices = new LinkedHashMap<>();
        for (JsonNode price : Wire.json(required(p, "sku_price_list"), "sku_price_list")) {
          prices.put(catalog.sku(item, Wire.number(required(price, "sku_id"), "sku_id")),
              positive(Wire.number(required(price, "group_price"), "group_price"), "group_price"));
        }
        // All or nothing: one bad entry refuses the whole list.
        prices.forEach(StoredSku::price);
        item.touch(now);
        root.putObject("goods_update_sku_price_response").put("is_success", true);
      }
      case "pdd.goods.quantity.update" -> {
        StoredItem item = goods(p, catalog);
        StoredSku sku = catalog.sku(item, Wire.number(required(p, "sku_id"), "sku_id"));
        int quantity = (int) Wire.number(required(p, "quantity"), "quantity");
        sku.stock("2".equals(p.getOrDefault("update_type", "1")) ? sku.stock() + quantity : quantity);
        item.touch(now);
        root.putObject("goods_quantity_update_response").put("is_success", true);
      }
      case "pdd.order.number.list.increment.get" ->
          orders(p, shop.orders(), root.putObject("order_sn_increment_get_response"));
      default -> throw GatewayError.of(GatewayError.Kind.UNKNOWN_METHOD);
    }
  }

  private void list(Map<String, String> p, Catalog catalog, ObjectNode response) {
    int page = (int) Wire.number(p.getOrDefault("page", "1"), "page");
    int pageSize = (int) Wire.number(p.getOrDefault("page_size", "10"), "page_size");
    if (page < 1 || pageSize < 1 || pageSize > 100) {
      throw GatewayError.invalid("page_size", "page from 1, page_size from 1 to 100");
    }
    String outerId = p.getOrDefault("outer_id", "");
    List<StoredItem> found = outerId.isBlank() ? List.copyOf(catalog.items()) : catalog.byOuterId(outerId);
    response.put("total_count", found.size());
    ArrayNode goods = response.putArray("goods_list");
    found.stream().skip((long) (page - 1) * pageSize).limit(pageSize).forEach(item -> {
      ObjectNode node = goods.addObject();
      node.put("goods_id", item.id());
      ArrayNode skus = node.putArray("sku_list");
      for (StoredSku sku : item.skus()) {
        ObjectNode skuNode = skus.addObject();
        skuNode.put("sku_id", sku.key().skuId());
        skuNode.put("outer_id", sku.key().outerSkuId());
      }
    });
  }

  private void add(Map<String, String> p, Catalog catalog, long now, ObjectNode response) {
    for (String name : List.of("goods_name", "cat_id", "goods_type", "goods_desc", "carousel_gallery",
        "detail_gallery", "market_price", "sku_list")) {
      required(p, name);
    }
    positive(Wire.number(p.get("market_price"), "market_price"), "market_price");
    List<Catalog.SkuDraft> skus = new ArrayList<>();
    JsonNode skuList = Wire.json(p.get("sku_list"), "sku_list");
    if (!skuList.isArray() || skuList.isEmpty()) {
      throw GatewayError.invalid("sku_list", "a JSON array of at least one SKU");
    }
    for (JsonNode sku : skuList) {
      long group = Wire.number(text(sku, "multi_price").isBlank() ? required(sku, "price") : text(sku, "multi_price"),
          "multi_price");
      skus.add(new Catalog.SkuDraft(text(sku, "out_sku_sn"), text(sku, "spec_id_list"), positive(group, "multi_price"),
          (int) Wire.number(required(sku, "quantity"), "quantity")));
    }
    StoredItem item = catalog.add(new Catalog.ItemDraft(p.getOrDefault("out_goods_id", ""), p.get("goods_name"),
        p.get("goods_desc"), p.get("cat_id"), urls(p.get("carousel_gallery"), "carousel_gallery"), true, skus), now);
    response.put("goods_id", item.id());
    response.put("goods_commit_id", ++commits);
  }

  private void orders(Map<String, String> p, OrderBook orders, ObjectNode response) {
    long from = Wire.number(required(p, "start_updated_at"), "start_updated_at");
    long to = Wire.number(required(p, "end_updated_at"), "end_updated_at");
    int page = (int) Wire.number(p.getOrDefault("page", "1"), "page");
    int pageSize = (int) Wire.number(p.getOrDefault("page_size", "100"), "page_size");
    if (to < from) {
      throw GatewayError.invalid("end_updated_at", "end_updated_at is before start_updated_at");
    }
    if (to - from > WINDOW_SECONDS) {
      throw GatewayError.of(GatewayError.Kind.WINDOW_TOO_WIDE);
    }
    if (page < 1 || pageSize < 1 || pageSize > 100) {
      throw GatewayError.invalid("page_size", "page from 1, page_size from 1 to 100");
    }
    int orderStatus = (int) Wire.number(p.getOrDefault("order_status", "5"), "order_status");
    int refundStatus = (int) Wire.number(p.getOrDefault("refund_status", "5"), "refund_status");
    OrderBook.Page found = orders.page(from, to,
        order -> visible(order) && (orderStatus == 5 || orderStatus == orderStatus(order.status))
            && (refundStatus == 5 || refundStatus == refundStatus(order.status)),
        "pdd:" + orderStatus + ":" + refundStatus, page, pageSize);
    response.put("total_count", found.total());
    response.put("has_next", (long) page * pageSize < found.total());
    ArrayNode list = response.putArray("order_sn_list");
    found.orders().forEach(order -> order(order, list.addObject()));
  }

  private void order(StoredOrder order, ObjectNode node) {
    node.put("order_sn", dialect.orderId(order));
    node.put("order_status", orderStatus(order.status));
    node.put("refund_status", refundStatus(order.status));
    node.put("created_time", Wire.time(order.created));
    node.put("updated_at", Wire.time(order.modified));
    node.put("buyer_id", dialect.buyer(order.buyer));
    node.put("pay_amount", order.paidFen());
    ArrayNode items = node.putArray("item_list");
    for (StoredOrder.Line line : order.lines) {
      ObjectNode item = items.addObject();
      item.put("sku_id", line.sku().skuId());
      item.put("outer_id", line.sku().outerSkuId());
      item.put("goods_count", line.quantity());
      item.put("goods_price", line.unitPriceFen());
    }
  }

  private static boolean visible(StoredOrder order) {
    return order.status != Status.UNPAID && order.status != Status.CANCELLED;
  }

  private static int orderStatus(Status status) {
    return switch (status) {
      case SHIPPED -> 2;
      case FINISHED -> 3;
      default -> 1;
    };
  }

  private static int refundStatus(Status status) {
    return status == Status.REFUNDED ? 4 : 1;
  }

  private static StoredItem goods(Map<String, String> p, Catalog catalog) {
    return catalog.item(Wire.number(required(p, "goods_id"), "goods_id"));
  }

  private static List<String> urls(String json, String param) {
    JsonNode array = Wire.json(json, param);
    if (!array.isArray()) {
      throw GatewayError.invalid(param, "a JSON array of URLs");
    }
    List<String> urls = new ArrayList<>();
    array.forEach(url -> urls.add(url.asString()));
    return urls;
  }

  private static long positive(long fen, String param) {
    if (fen <= 0) {
      throw GatewayError.invalid(param, "an amount in fen above 0");
    }
    return fen;
  }
}
