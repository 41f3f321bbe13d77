package cn.wanhuo.hub.connectors.platform.pinduoduo;

import static cn.wanhuo.hub.connectors.platform.PlatformStubs.CLOCK;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.SECRET;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.assertFailure;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.form;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.onlyRequest;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.PlatformStubs;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.Signatures;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

class PinduoduoConnectorTest {

  @RegisterExtension
  static WireMockExtension pdd = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final PlatformItem GOODS = new PlatformItem("3001", Map.of("P1:250g", "31", "P1:500g", "32"));
  static final String FOUND = """
      {"goods_list_get_response":{"total_count":1,"goods_list":[{"goods_id":3001,
       "sku_list":[{"sku_id":31,"outer_id":"P1:250g"},{"sku_id":32,"outer_id":"P1:500g"}]}]}}""";

  final PinduoduoConnector connector = new PinduoduoConnector(PlatformStubs.http(), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(pdd, "/api/router");

  static void answers(String type, String json) {
    pdd.stubFor(post(urlPathEqualTo("/api/router")).withFormParam("type", equalTo(type)).willReturn(okJson(json)));
  }

  @Test
  void findsGoodsByOuterIdWithEveryParameterInTheSignedForm() {
    answers("pdd.goods.list.get", FOUND);

    connector.findByOuterId(shop, "P1").as(StepVerifier::create).expectNext(GOODS).verifyComplete();

    LoggedRequest request = onlyRequest(pdd);
    assertThat(request.getUrl()).isEqualTo("/api/router");
    assertThat(request.contentTypeHeader().mimeTypePart()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(form(request)).containsOnlyKeys("type", "client_id", "access_token", "timestamp", "data_type", "version",
            "sign", "outer_id", "page", "page_size")
        .contains(entry("type", "pdd.goods.list.get"), entry("client_id", PlatformStubs.APP_KEY),
            entry("access_token", PlatformStubs.TOKEN), entry("timestamp", "1796263200"), entry("data_type", "JSON"),
            entry("version", "V1"), entry("outer_id", "P1"), entry("page", "1"), entry("page_size", "10"));
    assertSigned(request);
  }

  @Test
  void findsNothingWhenNoGoodsHaveTheOuterId() {
    answers("pdd.goods.list.get", "{\"goods_list_get_response\":{\"total_count\":0,\"goods_list\":[]}}");

    connector.findByOuterId(shop, "P1").as(StepVerifier::create).verifyComplete();
  }

  @Test
  void publishesWithPricesInFenThenReadsTheSkuIdsBack() {
    answers("pdd.goods.add", "{\"goods_add_response\":{\"goods_id\":3001,\"goods_commit_id\":5}}");
    answers("pdd.goods.list.get", FOUND);

    connector.publish(shop, PlatformStubs.listing()).as(StepVerifier::create).expectNext(GOODS).verifyComplete();

    List<LoggedRequest> requests = requests(pdd);
    assertThat(requests).extracting(request -> form(request).get("type")).containsExactly("pdd.goods.add", "pdd.goods.list.get");
    assertThat(form(requests.getFirst())).containsAllEntriesOf(Map.ofEntries(
        entry("goods_name", "黄山毛峰 特级"), entry("cat_id", "50050"), entry("goods_type", "1"), entry("goods_desc", "<p>明前</p>"),
        entry("carousel_gallery", "[\"https://img.example/p1.jpg\",\"https://img.example/p1b.jpg\"]"),
        entry("detail_gallery", "[\"https://img.example/p1.jpg\",\"https://img.example/p1b.jpg\"]"),
        entry("market_price", "123456789"), entry("out_goods_id", "P1"), entry("is_folt", "true"),
        entry("is_pre_sale", "false"), entry("is_refundable", "true"), entry("second_hand", "false"),
        entry("shipment_limit_second", "172800"), entry("country_id", "0"), entry("cost_template_id", "0"),
        entry("sku_list", "["
            + sku(9800, 10, "P1:250g") + "," + sku(1, 5, "P1:500g") + "," + sku(123_456_789, 2, "P1:gift") + "]")));
    requests.forEach(PinduoduoConnectorTest::assertSigned);
  }

  static String sku(long fen, int quantity, String outerSkuId) {
    return "{\"is_onsale\":1,\"limit_quantity\":999,\"multi_price\":" + fen + ",\"out_sku_sn\":\"" + outerSkuId
        + "\",\"price\":" + fen + ",\"quantity\":" + quantity
        + ",\"spec_id_list\":\"[]\",\"thumb_url\":\"https://img.example/p1.jpg\",\"weight\":0}";
  }

  @Test
  void publishingIsRetryableWhileTheNewGoodsAreNotListedYet() {
    answers("pdd.goods.add", "{\"goods_add_response\":{\"goods_id\":3001,\"goods_commit_id\":5}}");
    answers("pdd.goods.list.get", "{\"goods_list_get_response\":{\"total_count\":0,\"goods_list\":[]}}");

    connector.publish(shop, PlatformStubs.listing()).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.PINDUODUO, Failure.RETRYABLE, "NOT_VISIBLE_YET"));
  }

  @Test
  void updatesTheGoodsThenPutsThemOnSale() {
    answers("pdd.goods.information.update", "{\"goods_information_update_response\":{\"is_success\":true}}");
    answers("pdd.goods.sale.status.set", "{\"goods_sale_status_set_response\":{\"is_success\":true}}");

    connector.update(shop, GOODS, PlatformStubs.listing()).as(StepVerifier::create).expectNext(GOODS).verifyComplete();

    List<LoggedRequest> requests = requests(pdd);
    assertThat(form(requests.get(0))).containsAllEntriesOf(Map.of("type", "pdd.goods.information.update", "goods_id", "3001",
        "goods_name", "黄山毛峰 特级", "goods_desc", "<p>明前</p>",
        "carousel_gallery", "[\"https://img.example/p1.jpg\",\"https://img.example/p1b.jpg\"]"));
    assertThat(form(requests.get(1))).containsAllEntriesOf(Map.of("type", "pdd.goods.sale.status.set", "goods_id", "3001",
        "is_onsale", "1"));
  }

  @Test
  void setsAllSkuPricesInFenInOneCallThenEachFullStock() {
    answers("pdd.goods.sku.price.update", "{\"goods_update_sku_price_response\":{\"is_success\":true}}");
    answers("pdd.goods.quantity.update", "{\"goods_quantity_update_response\":{\"is_success\":true}}");

    connector.updatePriceAndStock(shop, GOODS, List.of(new SkuOffer("P1:250g", "", 9800, 10), new SkuOffer("P1:500g", "", 1, 0)))
        .as(StepVerifier::create).verifyComplete();

    List<LoggedRequest> requests = requests(pdd);
    assertThat(requests).extracting(request -> form(request).get("type"))
        .containsExactly("pdd.goods.sku.price.update", "pdd.goods.quantity.update", "pdd.goods.quantity.update");
    assertThat(form(requests.get(0))).containsEntry("goods_id", "3001").containsEntry("sku_price_list",
        "[{\"group_price\":9800,\"is_onsale\":1,\"single_price\":9800,\"sku_id\":31},"
            + "{\"group_price\":1,\"is_onsale\":1,\"single_price\":1,\"sku_id\":32}]");
    assertThat(form(requests.get(1))).containsAllEntriesOf(Map.of("goods_id", "3001", "sku_id", "31", "quantity", "10",
        "update_type", "1"));
    assertThat(form(requests.get(2))).containsAllEntriesOf(Map.of("sku_id", "32", "quantity", "0"));
  }

  @Test
  void delistsByTakingTheGoodsOffSale() {
    answers("pdd.goods.sale.status.set", "{\"goods_sale_status_set_response\":{\"is_success\":true}}");

    connector.delist(shop, GOODS).as(StepVerifier::create).verifyComplete();

    assertThat(form(onlyRequest(pdd))).containsEntry("goods_id", "3001").containsEntry("is_onsale", "0");
  }

  @Test
  void aChangeAnsweredWithIsSuccessFalseIsPermanent() {
    answers("pdd.goods.sale.status.set", "{\"goods_sale_status_set_response\":{\"is_success\":false}}");

    connector.delist(shop, GOODS).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.PINDUODUO, Failure.PERMANENT, "UNSUCCESSFUL"));
  }

  static void assertSigned(LoggedRequest request) {
    Map<String, String> received = form(request);
    assertThat(received.get("sign")).isEqualTo(Signatures.pdd(received, SECRET)).hasSize(32);
  }
}
