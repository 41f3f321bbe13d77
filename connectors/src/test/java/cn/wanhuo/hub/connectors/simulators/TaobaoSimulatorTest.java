package cn.wanhuo.hub.connectors.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.simulators.SimulatedItem.SimulatedSku;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TaobaoSimulatorTest {

  private static PlatformSimulators simulators;
  private static PlatformSimulator taobao;
  private static TopClient top;

  @BeforeAll
  static void start() {
    simulators = new PlatformSimulators(SimulatorSettings.forTests(0, 6)).start();
    taobao = simulators.simulator(Channel.TAOBAO);
    top = TopClient.of(simulators.demoShop(Channel.TAOBAO));
  }

  @AfterAll
  static void stop() {
    simulators.stop();
  }

  static Map<String, String> addParams(String outerId) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("num", "15");
    params.put("price", "88.00");
    params.put("type", "fixed");
    params.put("stuff_status", "new");
    params.put("title", "黄山毛峰 特级");
    params.put("desc", "<p>明前采摘</p>");
    params.put("location.state", "安徽");
    params.put("location.city", "黄山");
    params.put("cid", "50050359");
    params.put("props", "20000:3275069");
    params.put("sku_properties", "1627207:28341,1627207:28342");
    params.put("sku_quantities", "10,5");
    params.put("sku_prices", "98.00,88.00");
    params.put("sku_outer_ids", outerId + ":250G," + outerId + ":500G");
    params.put("outer_id", outerId);
    params.put("pic_path", "https://img.example/tea.jpg");
    return params;
  }

  private static long publish(String outerId) {
    return top.call("taobao.item.add", addParams(outerId)).at("/item_add_response/item/num_iid").asLong();
  }

  @Test
  void publishesAnItemAndFindsItByOuterId() {
    Answer added = top.call("taobao.item.add", addParams("tb-find"));

    JsonNode item = added.at("/item_add_response/item");
    assertThat(added.status()).isEqualTo(200);
    assertThat(item.path("num_iid").isNumber()).isTrue();
    assertThat(item.path("created").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(item.at("/skus/sku/1/outer_id").asString()).isEqualTo("tb-find:500G");
    assertThat(item.at("/skus/sku/1/sku_id").isNumber()).isTrue();

    Answer found = top.call("taobao.items.custom.get", Map.of("outer_id", "tb-find", "fields", "num_iid,outer_id,sku"));
    assertThat(found.at("/items_custom_get_response/items/item/0/num_iid").asLong())
        .isEqualTo(item.path("num_iid").asLong());
    assertThat(found.at("/items_custom_get_response/items/item/0/outer_id").asString()).isEqualTo("tb-find");
    assertThat(found.at("/items_custom_get_response/items/item/0/skus/sku/0/outer_id").asString())
        .isEqualTo("tb-find:250G");

    Answer none = top.call("taobao.items.custom.get", Map.of("outer_id", "tb-nothing", "fields", "num_iid"));
    assertThat(none.json().toString()).isEqualTo("{\"items_custom_get_response\":{}}");
  }

  @Test
  void updatesDescriptionPricesStockAndSaleState() {
    long numIid = publish("tb-update");
    String skuId = taobao.itemsByOuterId("tb-update").getFirst().skus().getFirst().skuId();

    Answer updated = top.call("taobao.item.update", Map.of("num_iid", Long.toString(numIid), "title", "黄山毛峰 新茶"));
    assertThat(updated.at("/item_update_response/item/num_iid").asLong()).isEqualTo(numIid);
    assertThat(updated.at("/item_update_response/item/modified").asString()).isNotBlank();

    Answer price = top.call("taobao.item.sku.price.update",
        Map.of("num_iid", Long.toString(numIid), "sku_id", skuId, "price", "79.90"));
    assertThat(price.at("/item_sku_price_update_response/sku/num_iid").asLong()).isEqualTo(numIid);
    assertThat(price.at("/item_sku_price_update_response/sku/modified").asString()).isNotBlank();

    Answer stock = top.call("taobao.item.quantity.update",
        Map.of("num_iid", Long.toString(numIid), "sku_id", skuId, "quantity", "3", "type", "1"));
    assertThat(stock.at("/item_quantity_update_response/item/num").asInt()).isEqualTo(8);

    Answer delisted = top.call("taobao.item.update.delisting", Map.of("num_iid", Long.toString(numIid)));
    assertThat(delisted.at("/item_update_delisting_response/item/num_iid").asLong()).isEqualTo(numIid);
    assertThat(taobao.itemsByOuterId("tb-update").getFirst().onSale()).isFalse();

    Answer listed = top.call("taobao.item.update.listing", Map.of("num_iid", Long.toString(numIid), "num", "8"));
    assertThat(listed.at("/item_update_listing_response/item/modified").asString()).isNotBlank();

    SimulatedItem item = taobao.itemsByOuterId("tb-update").getFirst();
    assertThat(item.onSale()).isTrue();
    assertThat(item.title()).isEqualTo("黄山毛峰 新茶");
    assertThat(taobao.sku("tb-update:250G")).get().extracting(SimulatedSku::priceFen, SimulatedSku::stock)
        .containsExactly(7990L, 3);
  }

  @Test
  void createsASecondItemForAnOuterIdThatExistsAsTheRealPlatformDoes() {
    int duplicatesBefore = taobao.duplicateItems();
    publish("tb-twice");
    publish("tb-twice");

    assertThat(taobao.itemsByOuterId("tb-twice")).hasSize(2);
    assertThat(taobao.itemCount("tb-twice")).isEqualTo(2);
    assertThat(taobao.duplicateItems()).isEqualTo(duplicatesBefore + 1);
  }

  @Test
  void listsTradesModifiedInAWindowNewestFirstPageByPage() {
    publish("tb-orders");
    Instant from = Instant.parse("2026-10-01T00:00:00Z");
    taobao.addOrders(250, from, from.plus(Duration.ofHours(10)));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("fields", "tid,status,payment,orders");
    query.put("start_modified", Wire.time(from.getEpochSecond()));
    query.put("end_modified", Wire.time(from.plus(Duration.ofHours(20)).getEpochSecond()));
    query.put("page_size", "100");

    List<String> modified = new ArrayList<>();
    List<Long> tids = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      query.put("page_no", Integer.toString(page));
      JsonNode response = top.call("taobao.trades.sold.increment.get", query).at("/trades_sold_increment_get_response");
      assertThat(response.path("total_results").asInt()).isEqualTo(250);
      assertThat(response.path("has_next").asBoolean()).isEqualTo(page < 3);
      response.at("/trades/trade").forEach(trade -> {
        modified.add(trade.path("modified").asString());
        tids.add(trade.path("tid").asLong());
      });
    }

    assertThat(tids).hasSize(250).doesNotHaveDuplicates();
    assertThat(modified).isSortedAccordingTo((a, b) -> b.compareTo(a));
    query.put("page_no", "4");
    JsonNode trade = top.call("taobao.trades.sold.increment.get", query).at("/trades_sold_increment_get_response");
    assertThat(trade.at("/trades/trade")).isEmpty();
    query.put("page_no", "1");
    JsonNode first = top.call("taobao.trades.sold.increment.get", query)
        .at("/trades_sold_increment_get_response/trades/trade/0");
    assertThat(first.path("status").asString()).isIn("TRADE_FINISHED", "TRADE_CLOSED", "TRADE_CLOSED_BY_TAOBAO");
    assertThat(first.at("/orders/order/0/outer_sku_id").asString()).startsWith("tb-orders:");
    assertThat(first.at("/orders/order/0/refund_status").asString()).isIn("NO_REFUND", "SUCCESS");
    assertThat(first.path("payment").asString()).matches("\\d+\\.\\d{2}");
  }

  @Test
  void refusesAWindowOverOneDayAndPagesOverOneHundred() {
    Instant from = Instant.parse("2026-09-01T00:00:00Z");
    Map<String, String> query = new LinkedHashMap<>();
    query.put("fields", "tid");
    query.put("start_modified", Wire.time(from.getEpochSecond()));
    query.put("end_modified", Wire.time(from.plus(Duration.ofHours(24)).plusSeconds(1).getEpochSecond()));
    Answer tooWide = top.call("taobao.trades.sold.increment.get", query);
    assertThat(tooWide.at("/error_response/code").asInt()).isEqualTo(15);
    assertThat(tooWide.at("/error_response/sub_code").asString()).isEqualTo("isv.invalid-parameter");

    query.put("end_modified", Wire.time(from.plus(Duration.ofHours(24)).getEpochSecond()));
    query.put("page_size", "101");
    assertThat(top.call("taobao.trades.sold.increment.get", query).at("/error_response/code").asInt()).isEqualTo(41);
  }

  @Test
  void answersTheGatewaysOwnErrors() {
    Map<String, String> find = Map.of("outer_id", "x", "fields", "num_iid");
    assertThat(top.signedWith("wrong-secret").call("taobao.items.custom.get", find).at("/error_response/code").asInt())
        .isEqualTo(25);
    assertThat(top.at(Instant.now().minus(Duration.ofMinutes(11))).call("taobao.items.custom.get", find)
        .at("/error_response/code").asInt()).isEqualTo(31);
    assertThat(top.at(Instant.now().minus(Duration.ofMinutes(9))).call("taobao.items.custom.get", find)
        .at("/items_custom_get_response").isObject()).isTrue();
    assertThat(top.call("taobao.item.seller.get", find).at("/error_response/code").asInt()).isEqualTo(22);
    assertThat(top.call("taobao.items.custom.get", Map.of("fields", "num_iid")).at("/error_response/code").asInt())
        .isEqualTo(40);
    assertThat(top.token("").call("taobao.items.custom.get", find).at("/error_response/code").asInt()).isEqualTo(26);
    assertThat(top.token("someone-elses").call("taobao.items.custom.get", find).at("/error_response/code").asInt())
        .isEqualTo(27);
    assertThat(top.call("taobao.item.update", Map.of("num_iid", "1")).at("/error_response/sub_code").asString())
        .isEqualTo("isv.item-not-exist");
  }

  @Test
  void refusesAnExpiredSessionUntilTheShopIsAuthorisedAgain() {
    taobao.registerApp("tb-expiring", "tb-expiring-secret", "tb-expiring-session");
    var shop = new ShopCredentials(taobao.gateway(), "tb-expiring",
        "tb-expiring-secret", "tb-expiring-session");
    Map<String, String> find = Map.of("outer_id", "x", "fields", "num_iid");
    taobao.expireToken("tb-expiring-session");

    Answer expired = TopClient.of(shop).call("taobao.items.custom.get", find);

    assertThat(expired.at("/error_response/code").asInt()).isEqualTo(27);
    assertThat(expired.at("/error_response/sub_code").asString()).isEqualTo("invalid-sessionkey");
  }
}
