package cn.wanhuo.hub.connectors.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.simulators.SimulatedItem.SimulatedSku;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JdSimulatorTest {

  private static PlatformSimulators simulators;
  private static PlatformSimulator jd;
  private static JosClient jos;

  @BeforeAll
  static void start() {
    simulators = new PlatformSimulators(SimulatorSettings.forTests(0, 6)).start();
    jd = simulators.simulator(Channel.JD);
    jos = JosClient.of(simulators.demoShop(Channel.JD));
  }

  @AfterAll
  static void stop() {
    simulators.stop();
  }

  private static String addJson(String outerId) {
    return """
        {"skus":[{"jdPrice":"98.00","outerId":"%1$s:250G","saleAttrs":"250g","stockNum":10},\
        {"jdPrice":"88.00","outerId":"%1$s:500G","saleAttrs":"500g","stockNum":5}],\
        "ware":{"categoryId":"12202","images":["https://img.example/tea.jpg"],"introduction":"明前","outerId":"%1$s",\
        "title":"六安瓜片","wareStatus":8}}""".formatted(outerId);
  }

  private static long publish(String outerId) {
    return jos.call("jingdong.ware.write.add", addJson(outerId)).at("/jingdong_ware_write_add_responce/ware/wareId")
        .asLong();
  }

  @Test
  void publishesAWareAndFindsItByOuterId() {
    Answer added = jos.call("jingdong.ware.write.add", addJson("jd-find"));

    JsonNode response = added.at("/jingdong_ware_write_add_responce");
    assertThat(response.path("code").asString()).isEqualTo("0");
    assertThat(response.at("/ware/wareId").isNumber()).isTrue();
    assertThat(response.at("/ware/skus/0/outerId").asString()).isEqualTo("jd-find:250G");
    assertThat(response.at("/ware/skus/0/skuId").isNumber()).isTrue();

    JsonNode found = jos.call("jingdong.ware.read.searchWare4Valid", "{\"outerId\":\"jd-find\"}")
        .at("/jingdong_ware_read_searchWare4Valid_responce");
    assertThat(found.path("code").asString()).isEqualTo("0");
    assertThat(found.at("/page/data/0/wareId").asLong()).isEqualTo(response.at("/ware/wareId").asLong());
    assertThat(found.at("/page/data/0/outerId").asString()).isEqualTo("jd-find");
    assertThat(found.at("/page/data/0/skus/1/outerId").asString()).isEqualTo("jd-find:500G");
    assertThat(jos.call("jingdong.ware.read.searchWare4Valid", "{\"outerId\":\"jd-none\"}")
        .at("/jingdong_ware_read_searchWare4Valid_responce/page/data")).isEmpty();
  }

  @Test
  void updatesTheWarePricesStockAndShelf() {
    long wareId = publish("jd-update");
    String skuId = jd.itemsByOuterId("jd-update").getFirst().skus().getFirst().skuId();

    assertSuccess(jos.call("jingdong.ware.write.updateWare",
        "{\"ware\":{\"title\":\"六安瓜片 新茶\",\"wareId\":" + wareId + "}}"), "jingdong_ware_write_updateWare_responce");
    assertSuccess(jos.call("jingdong.price.write.updateSkuJdPrice", "{\"jdPrice\":\"79.90\",\"skuId\":" + skuId + "}"),
        "jingdong_price_write_updateSkuJdPrice_responce");
    assertSuccess(jos.call("jingdong.stock.write.updateSkuStock",
        "{\"skuId\":" + skuId + ",\"stockNum\":3,\"storeId\":0}"), "jingdong_stock_write_updateSkuStock_responce");
    assertSuccess(jos.call("jingdong.ware.write.upOrDown", "{\"note\":\"下架\",\"opType\":2,\"wareId\":" + wareId + "}"),
        "jingdong_ware_write_upOrDown_responce");

    SimulatedItem item = jd.itemsByOuterId("jd-update").getFirst();
    assertThat(item.onSale()).isFalse();
    assertThat(item.title()).isEqualTo("六安瓜片 新茶");
    assertThat(jd.sku("jd-update:250G")).get().extracting(SimulatedSku::priceFen, SimulatedSku::stock)
        .containsExactly(7990L, 3);
  }

  private static void assertSuccess(Answer answer, String key) {
    assertThat(answer.json().path(key).toString()).isEqualTo("{\"code\":\"0\",\"success\":true}");
  }

  @Test
  void searchesOrdersByModifiedTimeNewestFirstWithinOneDay() {
    publish("jd-orders");
    Instant from = Instant.parse("2026-10-02T00:00:00Z");
    jd.addOrders(120, from, from.plus(Duration.ofHours(6)));
    List<String> ids = new ArrayList<>();
    List<String> modified = new ArrayList<>();
    for (int page = 1; page <= 2; page++) {
      JsonNode result = jos.call("jingdong.pop.order.search", search(from, from.plus(Duration.ofDays(1)), page))
          .at("/jingdong_pop_order_search_responce/searchorderinfo_result");
      assertThat(result.at("/apiResult/success").asBoolean()).isTrue();
      assertThat(result.path("orderTotal").asInt()).isEqualTo(120);
      result.path("orderInfoList").forEach(order -> {
        ids.add(order.path("orderId").asString());
        modified.add(order.path("modified").asString());
      });
    }
    assertThat(ids).hasSize(120).doesNotHaveDuplicates();
    assertThat(modified).isSortedAccordingTo((a, b) -> b.compareTo(a));
    JsonNode first = jos.call("jingdong.pop.order.search", search(from, from.plus(Duration.ofDays(1)), 1))
        .at("/jingdong_pop_order_search_responce/searchorderinfo_result/orderInfoList/0");
    assertThat(first.path("orderState").asString()).isIn("FINISHED_L", "TRADE_CANCELED");
    assertThat(first.at("/itemInfoList/0/outerSkuId").asString()).startsWith("jd-orders:");
    assertThat(first.at("/itemInfoList/0/itemTotal").isString()).isTrue();
    assertThat(first.at("/itemInfoList/0/jdPrice").asString()).isIn("98.00", "88.00");

    JsonNode tooWide = jos.call("jingdong.pop.order.search",
        search(from, from.plus(Duration.ofDays(1)).plusSeconds(1), 1))
        .at("/jingdong_pop_order_search_responce/searchorderinfo_result/apiResult");
    assertThat(tooWide.path("success").asBoolean()).isFalse();
    assertThat(tooWide.path("chineseErrCode").asString()).isNotBlank();
  }

  private static String search(Instant from, Instant to, int page) {
    return ("{\"dateType\":0,\"end_date\":\"%s\",\"optional_fields\":\"orderId,orderState\","
        + "\"order_state\":\"WAIT_SELLER_STOCK_OUT,WAIT_GOODS_RECEIVE_CONFIRM,FINISHED_L,TRADE_CANCELED\","
        + "\"page\":\"%d\",\"page_size\":\"100\",\"sortType\":1,\"start_date\":\"%s\"}")
        .formatted(Wire.time(to.getEpochSecond()), page, Wire.time(from.getEpochSecond()));
  }

  @Test
  void answersTheGatewaysOwnErrors() {
    String find = "{\"outerId\":\"x\"}";
    String method = "jingdong.ware.read.searchWare4Valid";
    assertThat(jos.signedWith("wrong").call(method, find).at("/error_response/code").asString()).isEqualTo("12");
    assertThat(jos.at(Instant.now().plus(Duration.ofMinutes(11))).call(method, find).at("/error_response/code")
        .asString()).isEqualTo("8");
    assertThat(jos.call("jingdong.ware.read.nothing", find).at("/error_response/code").asString()).isEqualTo("15");
    assertThat(jos.token("unknown").call(method, find).at("/error_response/code").asString()).isEqualTo("19");
    assertThat(jos.call(method, "{}").at("/error_response/code").asString()).isEqualTo("61");
    jd.registerApp("jd-expiring", "jd-expiring-secret", "jd-expiring-token");
    jd.expireToken("jd-expiring-token");
    var expiring = new ShopCredentials(jd.gateway(), "jd-expiring",
        "jd-expiring-secret", "jd-expiring-token");
    assertThat(JosClient.of(expiring).call(method, find).at("/error_response/code").asString()).isEqualTo("19");
  }
}
