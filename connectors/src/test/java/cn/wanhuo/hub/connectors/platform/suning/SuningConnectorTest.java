package cn.wanhuo.hub.connectors.platform.suning;

import static cn.wanhuo.hub.connectors.platform.PlatformStubs.CLOCK;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.SECRET;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.assertFailure;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.onlyRequest;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

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

class SuningConnectorTest {

  @RegisterExtension
  static WireMockExtension suning = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final PlatformItem ITEM = new PlatformItem("P1001", Map.of("P1:250g", "P1001-1", "P1:500g", "P1001-2"));

  final SuningConnector connector = new SuningConnector(PlatformStubs.http(), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(suning, "/api/http/sopRequest");

  static void answers(String method, String snBody) {
    suning.stubFor(post(urlPathEqualTo("/api/http/sopRequest")).withHeader("AppMethod", equalTo(method))
        .willReturn(okJson("{\"sn_responseContent\":{\"sn_head\":{},\"sn_body\":" + snBody + "}}")));
  }

  static String request(String bizName, String business) {
    return "{\"sn_request\":{\"sn_body\":{\"" + bizName + "\":" + business + "}}}";
  }

  @Test
  void findsAnItemByItemCodeWithTheProtocolInSignedHeaders() {
    answers("suning.custom.item.query", """
        {"queryItem":[{"productCode":"P1001","itemCode":"P1","childItem":[
         {"productCode":"P1001-1","itemCode":"P1:250g"},{"productCode":"P1001-2","itemCode":"P1:500g"}]}]}""");

    connector.findByOuterId(shop, "P1").as(StepVerifier::create).expectNext(ITEM).verifyComplete();

    LoggedRequest request = onlyRequest(suning);
    assertThat(request.getUrl()).isEqualTo("/api/http/sopRequest");
    assertThat(request.contentTypeHeader().mimeTypePart()).isEqualTo("application/json");
    assertThat(request.getHeader("AppMethod")).isEqualTo("suning.custom.item.query");
    assertThat(request.getHeader("AppRequestTime")).isEqualTo("2026-12-03 10:00:00");
    assertThat(request.getHeader("Format")).isEqualTo("json");
    assertThat(request.getHeader("AppKey")).isEqualTo(PlatformStubs.APP_KEY);
    assertThat(request.getHeader("VersionNo")).isEqualTo("v1.2");
    assertThat(request.getHeader("access_token")).isEqualTo(PlatformStubs.TOKEN);
    assertThat(request.getBodyAsString()).isEqualTo(request("queryItem", "{\"itemCode\":\"P1\"}"));
    assertSigned(request);
  }

  @Test
  void findsNothingForAnEmptyList() {
    answers("suning.custom.item.query", "{\"queryItem\":[]}");

    connector.findByOuterId(shop, "P1").as(StepVerifier::create).verifyComplete();
  }

  @Test
  void publishesOneChildItemPerSkuPricedInYuan() {
    answers("suning.custom.item.add", """
        {"addItem":{"productCode":"P1001","childItem":[
         {"productCode":"P1001-1","itemCode":"P1:250g"},{"productCode":"P1001-2","itemCode":"P1:500g"}]}}""");

    connector.publish(shop, PlatformStubs.listing()).as(StepVerifier::create).expectNext(ITEM).verifyComplete();

    LoggedRequest request = onlyRequest(suning);
    assertThat(request.getBodyAsString()).isEqualTo(request("addItem", "{\"categoryCode\":\"50050\",\"childItem\":["
        + "{\"invNum\":10,\"itemCode\":\"P1:250g\",\"price\":\"98.00\"},{\"invNum\":5,\"itemCode\":\"P1:500g\",\"price\":\"0.01\"},"
        + "{\"invNum\":2,\"itemCode\":\"P1:gift\",\"price\":\"1234567.89\"}],"
        + "\"images\":[\"https://img.example/p1.jpg\",\"https://img.example/p1b.jpg\"],\"introduction\":\"<p>明前</p>\","
        + "\"itemCode\":\"P1\",\"productName\":\"黄山毛峰 特级\"}"));
    assertSigned(request);
  }

  @Test
  void updatesTheItemAndPutsItOnSaleInOneModification() {
    answers("suning.custom.item.modify", "{\"modifyItem\":{\"productCode\":\"P1001\"}}");

    connector.update(shop, ITEM, PlatformStubs.listing()).as(StepVerifier::create).expectNext(ITEM).verifyComplete();

    assertThat(onlyRequest(suning).getBodyAsString()).isEqualTo(request("modifyItem",
        "{\"images\":[\"https://img.example/p1.jpg\",\"https://img.example/p1b.jpg\"],\"introduction\":\"<p>明前</p>\","
            + "\"productCode\":\"P1001\",\"productName\":\"黄山毛峰 特级\",\"status\":\"1\"}"));
  }

  @Test
  void setsEachChildItemsPriceInYuanAndItsFullStock() {
    answers("suning.custom.price.modify", "{\"price\":{\"productCode\":\"P1001-1\"}}");
    answers("suning.custom.inventory.modify", "{\"inventory\":{\"productCode\":\"P1001-1\"}}");

    connector.updatePriceAndStock(shop, ITEM, List.of(new SkuOffer("P1:250g", "", 9800, 10), new SkuOffer("P1:500g", "", 1, 0)))
        .as(StepVerifier::create).verifyComplete();

    List<LoggedRequest> requests = requests(suning);
    assertThat(requests).extracting(LoggedRequest::getBodyAsString).containsExactly(
        request("price", "{\"price\":\"98.00\",\"productCode\":\"P1001-1\"}"),
        request("inventory", "{\"destInvNum\":10,\"productCode\":\"P1001-1\"}"),
        request("price", "{\"price\":\"0.01\",\"productCode\":\"P1001-2\"}"),
        request("inventory", "{\"destInvNum\":0,\"productCode\":\"P1001-2\"}"));
    assertThat(requests).extracting(request -> request.getHeader("AppMethod")).containsExactly("suning.custom.price.modify",
        "suning.custom.inventory.modify", "suning.custom.price.modify", "suning.custom.inventory.modify");
    requests.forEach(SuningConnectorTest::assertSigned);
  }

  @Test
  void delistsBySettingTheStatusOffSale() {
    answers("suning.custom.item.modify", "{\"modifyItem\":{\"productCode\":\"P1001\"}}");

    connector.delist(shop, ITEM).as(StepVerifier::create).verifyComplete();

    assertThat(onlyRequest(suning).getBodyAsString())
        .isEqualTo(request("modifyItem", "{\"productCode\":\"P1001\",\"status\":\"0\"}"));
  }

  @Test
  void refusesASkuTheItemDoesNotHave() {
    connector.updatePriceAndStock(shop, ITEM, List.of(new SkuOffer("P1:new", "", 100, 1))).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.SUNING, Failure.PERMANENT, "UNKNOWN_SKU"));
  }

  @Test
  void refusesToPublishAListingWithoutSkusBeforeSendingAnything() {
    Listing listing = PlatformStubs.listing();
    Listing withoutSkus = new Listing(listing.outerId(), listing.title(), listing.description(), listing.categoryId(),
        listing.properties(), listing.imageUrls(), List.of());

    connector.publish(shop, withoutSkus).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.SUNING, Failure.PERMANENT, "NO_SKUS"));
    assertThat(requests(suning)).isEmpty();
  }

  static void assertSigned(LoggedRequest request) {
    String expected = Signatures.suning(SECRET, request.getHeader("AppMethod"), request.getHeader("AppRequestTime"),
        request.getHeader("AppKey"), request.getHeader("VersionNo"), request.getBodyAsString());
    assertThat(request.getHeader("signInfo")).isEqualTo(expected).matches("[0-9a-f]{32}");
  }
}
