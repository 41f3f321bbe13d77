package cn.wanhuo.hub.connectors.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.simulators.SimulatedItem.SimulatedSku;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SuningSimulatorTest {

  private static PlatformSimulators simulators;
  private static PlatformSimulator suning;
  private static SuningClient sn;

  @BeforeAll
  static void start() {
    simulators = new PlatformSimulators(SimulatorSettings.forTests(0, 6)).start();
    suning = simulators.simulator(Channel.SUNING);
    sn = SuningClient.of(simulators.demoShop(Channel.SUNING));
  }

  @AfterAll
  static void stop() {
    simulators.stop();
  }

  private static String addJson(String outerId) {
    return ("{\"itemCode\":\"%1$s\",\"productName\":\"太平猴魁\",\"categoryCode\":\"R9002\",\"introduction\":\"猴魁\","
        + "\"images\":[\"https://img.example/houkui.jpg\"],\"childItem\":[{\"itemCode\":\"%1$s:250G\",\"price\":\"98.00\","
        + "\"invNum\":10},{\"itemCode\":\"%1$s:500G\",\"price\":\"88.00\",\"invNum\":5}]}").formatted(outerId);
  }

  @Test
  void publishesAnItemWithChildItemsAndFindsItByItemCode() {
    JsonNode added = sn.call("suning.custom.item.add", "addItem", addJson("sn-find"))
        .at("/sn_responseContent/sn_body/addItem");
    String productCode = added.path("productCode").asString();
    assertThat(productCode).startsWith("P");
    assertThat(added.at("/childItem/0/productCode").asString()).isEqualTo(productCode + "-1");
    assertThat(added.at("/childItem/1/itemCode").asString()).isEqualTo("sn-find:500G");

    JsonNode found = sn.call("suning.custom.item.query", "queryItem", "{\"itemCode\":\"sn-find\"}")
        .at("/sn_responseContent/sn_body/queryItem/0");
    assertThat(found.path("productCode").asString()).isEqualTo(productCode);
    assertThat(found.path("itemCode").asString()).isEqualTo("sn-find");
    assertThat(found.at("/childItem/1/productCode").asString()).isEqualTo(productCode + "-2");
    assertThat(sn.call("suning.custom.item.query", "queryItem", "{\"itemCode\":\"sn-none\"}")
        .at("/sn_responseContent/sn_body/queryItem")).isEmpty();
  }

  @Test
  void modifiesTheItemPricesAndInventory() {
    String productCode = sn.call("suning.custom.item.add", "addItem", addJson("sn-update"))
        .at("/sn_responseContent/sn_body/addItem/productCode").asString();

    assertThat(sn.call("suning.custom.item.modify", "modifyItem",
        "{\"productCode\":\"" + productCode + "\",\"productName\":\"太平猴魁 新\",\"status\":\"0\"}")
        .at("/sn_responseContent/sn_body").toString()).isEqualTo("{\"modifyItem\":{\"productCode\":\"" + productCode + "\"}}");
    assertThat(sn.call("suning.custom.price.modify", "price",
        "{\"productCode\":\"" + productCode + "-1\",\"price\":\"79.90\"}").at("/sn_responseContent/sn_body").toString())
        .isEqualTo("{\"price\":{\"productCode\":\"" + productCode + "-1\"}}");
    assertThat(sn.call("suning.custom.inventory.modify", "inventory",
        "{\"productCode\":\"" + productCode + "-1\",\"destInvNum\":3}").at("/sn_responseContent/sn_body").toString())
        .isEqualTo("{\"inventory\":{\"productCode\":\"" + productCode + "-1\"}}");

    SimulatedItem item = suning.itemsByOuterId("sn-update").getFirst();
    assertThat(item.onSale()).isFalse();
    assertThat(item.title()).isEqualTo("太平猴魁 新");
    assertThat(suning.sku("sn-update:250G")).get().extracting(SimulatedSku::priceFen, SimulatedSku::stock)
        .containsExactly(7990L, 3);
  }

  @Test
  void queriesOrdersByModifiedTimeInPagesOfFifty() {
    sn.call("suning.custom.item.add", "addItem", addJson("sn-orders"));
    Instant from = Instant.parse("2026-10-04T00:00:00Z");
    suning.addOrders(120, from, from.plus(Duration.ofHours(3)));
    Set<String> seen = new HashSet<>();
    for (int page = 1; page <= 3; page++) {
      JsonNode content = sn.call("suning.custom.ord.query", "ord", query(from, from.plus(Duration.ofDays(1)), page, 50))
          .at("/sn_responseContent");
      assertThat(content.at("/sn_head/totalSize").asInt()).isEqualTo(120);
      assertThat(content.at("/sn_head/pageTotal").asInt()).isEqualTo(3);
      content.at("/sn_body/ord").forEach(order -> {
        seen.add(order.path("orderCode").asString());
        assertThat(order.path("orderTotalStatus").asString()).isIn("40", "50", "60");
        assertThat(order.at("/orderDetail/0/itemCode").asString()).startsWith("sn-orders:");
        assertThat(order.at("/orderDetail/0/payAmount").asString()).matches("\\d+\\.\\d{2}");
      });
    }
    assertThat(seen).hasSize(120);

    assertThat(sn.call("suning.custom.ord.query", "ord", query(from, from.plus(Duration.ofDays(1)), 1, 51))
        .at("/sn_responseContent/sn_error/error_code").asString()).startsWith("biz.");
    assertThat(sn.call("suning.custom.ord.query", "ord", query(from, from.plus(Duration.ofDays(2)), 1, 50))
        .at("/sn_responseContent/sn_error/error_code").asString()).isEqualTo("biz.custom.ord.query:time-span-exceeded");
  }

  private static String query(Instant from, Instant to, int page, int size) {
    return "{\"startTime\":\"%s\",\"endTime\":\"%s\",\"pageNo\":%d,\"pageSize\":%d}"
        .formatted(Wire.time(from.getEpochSecond()), Wire.time(to.getEpochSecond()), page, size);
  }

  @Test
  void answersTheGatewaysOwnErrors() {
    String find = "{\"itemCode\":\"x\"}";
    String method = "suning.custom.item.query";
    assertThat(error(sn.signedWith("wrong").call(method, "queryItem", find))).isEqualTo("sys.check.signinfo:error");
    assertThat(error(sn.at(Instant.now().minus(Duration.ofMinutes(11))).call(method, "queryItem", find)))
        .isEqualTo("sys.check.request-apprequesttime:error");
    assertThat(error(sn.call("suning.custom.nothing.query", "queryItem", find))).isEqualTo("sys.check.appmethod:error");
    assertThat(error(sn.call(method, "queryItem", "{}"))).isEqualTo("biz.custom.missing-parameter:itemCode");
    suning.registerApp("sn-expiring", "sn-expiring-secret", "sn-expiring-token");
    suning.expireToken("sn-expiring-token");
    var expiring = new ShopCredentials(suning.gateway(), "sn-expiring", "sn-expiring-secret", "sn-expiring-token");
    assertThat(error(SuningClient.of(expiring).call(method, "queryItem", find)))
        .isEqualTo("sys.check.access-token:expired");
  }

  private static String error(Answer answer) {
    return answer.at("/sn_responseContent/sn_error/error_code").asString();
  }
}
