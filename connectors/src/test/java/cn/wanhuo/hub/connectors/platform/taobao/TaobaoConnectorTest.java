package cn.wanhuo.hub.connectors.platform.taobao;

import static cn.wanhuo.hub.connectors.platform.PlatformStubs.CLOCK;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.SECRET;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.assertFailure;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.form;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.onlyRequest;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.query;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.queryAndForm;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.wanhuo.hub.connectors.platform.Listing;
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

class TaobaoConnectorTest {

  @RegisterExtension
  static WireMockExtension top = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final PlatformItem ITEM = new PlatformItem("1001", Map.of("P1:250g", "11", "P1:500g", "12"));

  final TaobaoConnector connector = new TaobaoConnector(PlatformStubs.http(), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(top, "/router/rest");

  static void answers(String method, String json) {
    top.stubFor(post(urlPathEqualTo("/router/rest")).withQueryParam("method", equalTo(method)).willReturn(okJson(json)));
  }

  @Test
  void findsAnItemByOuterIdWithProtocolParametersInTheQueryAndASignatureOverBoth() {
    answers("taobao.items.custom.get", """
        {"items_custom_get_response":{"items":{"item":[{"num_iid":1001,"outer_id":"P1",
         "skus":{"sku":[{"sku_id":11,"outer_id":"P1:250g"},{"sku_id":12,"outer_id":"P1:500g"}]}}]}}}""");

    connector.findByOuterId(shop, "P1").as(StepVerifier::create).expectNext(ITEM).verifyComplete();

    LoggedRequest request = onlyRequest(top);
    assertThat(request.getMethod().value()).isEqualTo("POST");
    assertThat(request.contentTypeHeader().mimeTypePart()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(query(request)).containsOnlyKeys("method", "app_key", "session", "timestamp", "format", "v", "sign_method",
            "simplify", "sign")
        .contains(entry("method", "taobao.items.custom.get"), entry("app_key", PlatformStubs.APP_KEY),
            entry("session", PlatformStubs.TOKEN), entry("timestamp", "2026-12-03 10:00:00"), entry("format", "json"),
            entry("v", "2.0"), entry("sign_method", "hmac-sha256"), entry("simplify", "false"));
    assertThat(request.getUrl()).contains("timestamp=2026-12-03%2010%3A00%3A00");
    assertThat(form(request)).containsExactlyInAnyOrderEntriesOf(Map.of("outer_id", "P1", "fields", "num_iid,outer_id,sku"));
    assertSigned(request);
  }

  @Test
  void findsNothingWhenNoItemHasTheOuterId() {
    answers("taobao.items.custom.get", "{\"items_custom_get_response\":{}}");

    connector.findByOuterId(shop, "P1").as(StepVerifier::create).verifyComplete();
  }

  @Test
  void publishesTheItemWithSkuPricesInYuanAndTotalStock() {
    answers("taobao.item.add", """
        {"item_add_response":{"item":{"num_iid":1001,"created":"2026-12-03 10:00:00",
         "skus":{"sku":[{"sku_id":11,"outer_id":"P1:250g"},{"sku_id":12,"outer_id":"P1:500g"}]}}}}""");

    connector.publish(shop, PlatformStubs.listing()).as(StepVerifier::create).expectNext(ITEM).verifyComplete();

    LoggedRequest request = onlyRequest(top);
    assertThat(form(request)).containsAllEntriesOf(Map.ofEntries(
        entry("num", "17"), entry("price", "0.01"), entry("type", "fixed"), entry("stuff_status", "new"),
        entry("title", "黄山毛峰 特级"), entry("desc", "<p>明前</p>"), entry("location.state", "安徽"),
        entry("location.city", "合肥"), entry("cid", "50050"), entry("props", "1627207:28341;20000:3"),
        entry("sku_properties", "1627207:28341,1627207:28342,1627207:28343"), entry("sku_quantities", "10,5,2"),
        entry("sku_prices", "98.00,0.01,1234567.89"), entry("sku_outer_ids", "P1:250g,P1:500g,P1:gift"),
        entry("outer_id", "P1"), entry("pic_path", "https://img.example/p1.jpg")));
    assertSigned(request);
  }

  @Test
  void updatesTheItemThenPutsItBackOnSaleWithItsStock() {
    answers("taobao.item.update", "{\"item_update_response\":{\"item\":{\"num_iid\":1001,\"modified\":\"2026-12-03 10:00:00\"}}}");
    answers("taobao.item.update.listing",
        "{\"item_update_listing_response\":{\"item\":{\"num_iid\":1001,\"modified\":\"2026-12-03 10:00:00\"}}}");

    connector.update(shop, ITEM, PlatformStubs.listing()).as(StepVerifier::create).expectNext(ITEM).verifyComplete();

    List<LoggedRequest> requests = requests(top);
    assertThat(requests).extracting(request -> query(request).get("method"))
        .containsExactly("taobao.item.update", "taobao.item.update.listing");
    assertThat(form(requests.get(0))).containsAllEntriesOf(Map.of("num_iid", "1001", "title", "黄山毛峰 特级",
        "cid", "50050", "props", "1627207:28341;20000:3", "pic_path", "https://img.example/p1.jpg"));
    assertThat(form(requests.get(1))).containsExactlyInAnyOrderEntriesOf(Map.of("num_iid", "1001", "num", "17"));
    requests.forEach(TaobaoConnectorTest::assertSigned);
  }

  @Test
  void setsEachSkuPriceInYuanAndItsFullStock() {
    answers("taobao.item.sku.price.update", "{\"item_sku_price_update_response\":{\"sku\":{\"num_iid\":1001,\"modified\":\"x\"}}}");
    answers("taobao.item.quantity.update", "{\"item_quantity_update_response\":{\"item\":{\"num_iid\":1001,\"num\":10}}}");

    connector.updatePriceAndStock(shop, ITEM, List.of(new SkuOffer("P1:250g", "", 9800, 10), new SkuOffer("P1:500g", "", 1, 0)))
        .as(StepVerifier::create).verifyComplete();

    List<LoggedRequest> requests = requests(top);
    assertThat(requests).extracting(request -> query(request).get("method")).containsExactly(
        "taobao.item.sku.price.update", "taobao.item.quantity.update", "taobao.item.sku.price.update", "taobao.item.quantity.update");
    assertThat(form(requests.get(0))).containsExactlyInAnyOrderEntriesOf(Map.of("num_iid", "1001", "sku_id", "11", "price", "98.00"));
    assertThat(form(requests.get(1)))
        .containsExactlyInAnyOrderEntriesOf(Map.of("num_iid", "1001", "sku_id", "11", "quantity", "10", "type", "1"));
    assertThat(form(requests.get(2))).containsEntry("sku_id", "12").containsEntry("price", "0.01");
    assertThat(form(requests.get(3))).containsEntry("sku_id", "12").containsEntry("quantity", "0");
  }

  @Test
  void refusesASkuTheItemDoesNotHaveWithoutCallingTheRest() {
    connector.updatePriceAndStock(shop, ITEM, List.of(new SkuOffer("P1:new", "", 100, 1)))
        .as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.TAOBAO, Failure.PERMANENT, "UNKNOWN_SKU"));
    assertThat(requests(top)).isEmpty();
  }

  @Test
  void delistsTheItem() {
    answers("taobao.item.update.delisting", "{\"item_update_delisting_response\":{\"item\":{\"num_iid\":1001}}}");

    connector.delist(shop, ITEM).as(StepVerifier::create).verifyComplete();

    assertThat(form(onlyRequest(top))).containsExactlyEntriesOf(Map.of("num_iid", "1001"));
  }

  @Test
  void refusesToPublishAListingWithoutSkusBeforeSendingAnything() {
    Listing listing = PlatformStubs.listing();
    Listing withoutSkus = new Listing(listing.outerId(), listing.title(), listing.description(), listing.categoryId(),
        listing.properties(), listing.imageUrls(), List.of());

    connector.publish(shop, withoutSkus).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.TAOBAO, Failure.PERMANENT, "NO_SKUS"));
    assertThat(requests(top)).isEmpty();
  }

  static void assertSigned(LoggedRequest request) {
    Map<String, String> received = queryAndForm(request);
    assertThat(received.get("sign")).isEqualTo(Signatures.top(received, SECRET)).hasSize(64);
  }
}
