package cn.wanhuo.hub.connectors.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.simulators.SimulatedItem.SimulatedSku;
import cn.wanhuo.hub.connectors.simulators.SimulatedOrder.Status;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PinduoduoSimulatorTest {

  private static PlatformSimulators simulators;
  private static PlatformSimulator pinduoduo;
  private static PddClient pdd;

  @BeforeAll
  static void start() {
    simulators = new PlatformSimulators(SimulatorSettings.forTests(0, 6)).start();
    pinduoduo = simulators.simulator(Channel.PINDUODUO);
    pdd = PddClient.of(simulators.demoShop(Channel.PINDUODUO));
  }

  @AfterAll
  static void stop() {
    simulators.stop();
  }

  static Map<String, String> addParams(String outerId) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("goods_name", "祁门红茶");
    params.put("cat_id", "8439");
    params.put("goods_type", "1");
    params.put("goods_desc", "祁红香");
    params.put("carousel_gallery", "[\"https://img.example/keemun.jpg\"]");
    params.put("detail_gallery", "[\"https://img.example/keemun.jpg\"]");
    params.put("market_price", "12800");
    params.put("out_goods_id", outerId);
    params.put("is_folt", "true");
    params.put("is_pre_sale", "false");
    params.put("is_refundable", "true");
    params.put("second_hand", "false");
    params.put("shipment_limit_second", "172800");
    params.put("country_id", "0");
    params.put("cost_template_id", "0");
    params.put("sku_list", ("[{\"price\":9800,\"multi_price\":9800,\"quantity\":10,\"out_sku_sn\":\"%1$s:250G\","
        + "\"spec_id_list\":\"[]\",\"is_onsale\":1,\"weight\":0,\"limit_quantity\":999,\"thumb_url\":\"\"},"
        + "{\"price\":8800,\"multi_price\":8800,\"quantity\":5,\"out_sku_sn\":\"%1$s:500G\",\"spec_id_list\":\"[]\","
        + "\"is_onsale\":1,\"weight\":0,\"limit_quantity\":999,\"thumb_url\":\"\"}]").formatted(outerId));
    return params;
  }

  @Test
  void publishesGoodsAndFindsTheirSkusByOuterId() {
    JsonNode added = pdd.call("pdd.goods.add", addParams("pdd-find")).at("/goods_add_response");
    assertThat(added.path("goods_id").isNumber()).isTrue();
    assertThat(added.path("goods_commit_id").isNumber()).isTrue();

    JsonNode found = pdd.call("pdd.goods.list.get", Map.of("outer_id", "pdd-find", "page", "1", "page_size", "10"))
        .at("/goods_list_get_response");
    assertThat(found.path("total_count").asInt()).isEqualTo(1);
    assertThat(found.at("/goods_list/0/goods_id").asLong()).isEqualTo(added.path("goods_id").asLong());
    assertThat(found.at("/goods_list/0/sku_list/1/outer_id").asString()).isEqualTo("pdd-find:500G");
    assertThat(found.at("/goods_list/0/sku_list/1/sku_id").isNumber()).isTrue();
  }

  @Test
  void updatesInformationPricesStockAndSaleStatus() {
    String goodsId = pdd.call("pdd.goods.add", addParams("pdd-update")).at("/goods_add_response/goods_id").asString();
    String skuId = pinduoduo.itemsByOuterId("pdd-update").getFirst().skus().getFirst().skuId();

    assertThat(pdd.call("pdd.goods.information.update", Map.of("goods_id", goodsId, "goods_name", "祁门红茶 新"))
        .json().toString()).isEqualTo("{\"goods_information_update_response\":{\"is_success\":true}}");
    assertThat(pdd.call("pdd.goods.sku.price.update", Map.of("goods_id", goodsId, "sku_price_list",
        "[{\"sku_id\":" + skuId + ",\"group_price\":7990,\"single_price\":7990,\"is_onsale\":1}]")).json().toString())
        .isEqualTo("{\"goods_update_sku_price_response\":{\"is_success\":true}}");
    assertThat(pdd.call("pdd.goods.quantity.update",
        Map.of("goods_id", goodsId, "sku_id", skuId, "quantity", "3", "update_type", "1")).json().toString())
        .isEqualTo("{\"goods_quantity_update_response\":{\"is_success\":true}}");
    assertThat(pdd.call("pdd.goods.sale.status.set", Map.of("goods_id", goodsId, "is_onsale", "0")).json().toString())
        .isEqualTo("{\"goods_sale_status_set_response\":{\"is_success\":true}}");

    SimulatedItem item = pinduoduo.itemsByOuterId("pdd-update").getFirst();
    assertThat(item.onSale()).isFalse();
    assertThat(item.title()).isEqualTo("祁门红茶 新");
    assertThat(pinduoduo.sku("pdd-update:250G")).get().extracting(SimulatedSku::priceFen, SimulatedSku::stock)
        .containsExactly(7990L, 3);
  }

  @Test
  void listsOnlyPaidOrdersOfAThirtyMinuteWindowInFen() {
    pdd.call("pdd.goods.add", addParams("pdd-orders"));
    Instant from = Instant.parse("2026-10-03T00:00:00Z");
    pinduoduo.addOrders(300, from, from.plus(Duration.ofMinutes(30)));
    long hidden = pinduoduo.orders().stream().filter(order -> order.status() == Status.CANCELLED).count();
    Set<String> seen = new HashSet<>();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("start_updated_at", Long.toString(from.getEpochSecond()));
    query.put("end_updated_at", Long.toString(from.plus(Duration.ofMinutes(30)).getEpochSecond()));
    query.put("order_status", "5");
    query.put("refund_status", "5");
    query.put("page_size", "100");
    query.put("use_has_next", "false");
    for (int page = 1; page <= 3; page++) {
      query.put("page", Integer.toString(page));
      JsonNode response = pdd.call("pdd.order.number.list.increment.get", query)
          .at("/order_sn_increment_get_response");
      assertThat(response.path("total_count").asLong()).isEqualTo(300 - hidden);
      response.path("order_sn_list").forEach(order -> {
        seen.add(order.path("order_sn").asString());
        assertThat(order.path("order_status").asInt()).isIn(1, 2, 3);
        assertThat(order.path("pay_amount").asLong()).isEqualTo(order.path("item_list").valueStream()
            .mapToLong(line -> line.path("goods_count").asLong() * line.path("goods_price").asLong()).sum());
      });
    }
    assertThat(hidden).isPositive();
    assertThat(seen).hasSize((int) (300 - hidden));

    query.put("end_updated_at", Long.toString(from.plus(Duration.ofMinutes(30)).getEpochSecond() + 1));
    assertThat(pdd.call("pdd.order.number.list.increment.get", query).at("/error_response/error_code").asInt())
        .isEqualTo(50001);
  }

  @Test
  void answersTheGatewaysOwnErrors() {
    Map<String, String> find = Map.of("outer_id", "x");
    assertThat(pdd.signedWith("wrong").call("pdd.goods.list.get", find).at("/error_response/error_code").asInt())
        .isEqualTo(20004);
    assertThat(pdd.at(Instant.now().minus(Duration.ofMinutes(11))).call("pdd.goods.list.get", find)
        .at("/error_response/error_code").asInt()).isEqualTo(10001);
    assertThat(pdd.call("pdd.goods.nothing", find).at("/error_response/error_code").asInt()).isEqualTo(10017);
    assertThat(pdd.call("pdd.goods.sale.status.set", Map.of("is_onsale", "1")).at("/error_response/error_code").asInt())
        .isEqualTo(21002);
    assertThat(pdd.token("unknown").call("pdd.goods.list.get", find).at("/error_response/error_code").asInt())
        .isEqualTo(20032);
    pinduoduo.registerApp("pdd-expiring", "pdd-expiring-secret", "pdd-expiring-token");
    pinduoduo.expireToken("pdd-expiring-token");
    var expiring = new ShopCredentials(pinduoduo.gateway(), "pdd-expiring", "pdd-expiring-secret", "pdd-expiring-token");
    assertThat(PddClient.of(expiring).call("pdd.goods.list.get", find).at("/error_response/error_code").asInt())
        .isEqualTo(10019);
  }
}
