package cn.wanhuo.hub.connectors.platform.jd;

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

class JdConnectorTest {

  @RegisterExtension
  static WireMockExtension jos = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final PlatformItem WARE = new PlatformItem("2001", Map.of("P1:250g", "21", "P1:500g", "22"));
  static final String DONE = "{\"code\":\"0\",\"success\":true}";

  final JdConnector connector = new JdConnector(PlatformStubs.http(), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(jos, "/routerjson");

  static void answers(String method, String result) {
    jos.stubFor(post(urlPathEqualTo("/routerjson")).withQueryParam("method", equalTo(method))
        .willReturn(okJson("{\"" + method.replace('.', '_') + "_responce\":" + result + "}")));
  }

  static String paramJson(LoggedRequest request) {
    return form(request).get("360buy_param_json");
  }

  @Test
  void findsAWareByOuterIdWithSystemParametersInTheQueryAndTheParamJsonSigned() {
    answers("jingdong.ware.read.searchWare4Valid", """
        {"code":"0","page":{"data":[{"wareId":2000,"outerId":"P10","skus":[]},
         {"wareId":2001,"outerId":"P1","skus":[{"skuId":21,"outerId":"P1:250g"},{"skuId":22,"outerId":"P1:500g"}]}]}}""");

    connector.findByOuterId(shop, "P1").as(StepVerifier::create).expectNext(WARE).verifyComplete();

    LoggedRequest request = onlyRequest(jos);
    assertThat(request.contentTypeHeader().mimeTypePart()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(query(request)).containsOnlyKeys("method", "access_token", "app_key", "timestamp", "v", "sign")
        .contains(entry("method", "jingdong.ware.read.searchWare4Valid"), entry("access_token", PlatformStubs.TOKEN),
            entry("app_key", PlatformStubs.APP_KEY), entry("timestamp", "2026-12-03 10:00:00.000+0800"), entry("v", "2.0"));
    assertThat(form(request)).containsOnlyKeys("360buy_param_json");
    assertThat(paramJson(request)).isEqualTo("{\"outerId\":\"P1\"}");
    assertSigned(request);
  }

  @Test
  void findsNothingWhenNoWareHasTheOuterId() {
    answers("jingdong.ware.read.searchWare4Valid", "{\"code\":\"0\",\"page\":{\"data\":[]}}");

    connector.findByOuterId(shop, "P1").as(StepVerifier::create).verifyComplete();
  }

  @Test
  void publishesTheWareWithKeysInAlphabeticalOrderAndPricesInYuan() {
    answers("jingdong.ware.write.add", """
        {"code":"0","ware":{"wareId":2001,"skus":[{"skuId":21,"outerId":"P1:250g"},{"skuId":22,"outerId":"P1:500g"}]}}""");

    connector.publish(shop, PlatformStubs.listing()).as(StepVerifier::create).expectNext(WARE).verifyComplete();

    LoggedRequest request = onlyRequest(jos);
    assertThat(paramJson(request)).isEqualTo("{\"skus\":["
        + "{\"jdPrice\":\"98.00\",\"outerId\":\"P1:250g\",\"saleAttrs\":\"1627207:28341\",\"stockNum\":10},"
        + "{\"jdPrice\":\"0.01\",\"outerId\":\"P1:500g\",\"saleAttrs\":\"1627207:28342\",\"stockNum\":5},"
        + "{\"jdPrice\":\"1234567.89\",\"outerId\":\"P1:gift\",\"saleAttrs\":\"1627207:28343\",\"stockNum\":2}],"
        + "\"ware\":{\"categoryId\":\"50050\",\"images\":[\"https://img.example/p1.jpg\",\"https://img.example/p1b.jpg\"],"
        + "\"introduction\":\"<p>明前</p>\",\"outerId\":\"P1\",\"title\":\"黄山毛峰 特级\",\"wareStatus\":8}}");
    assertSigned(request);
  }

  @Test
  void updatesTheWareThenPutsItUpOnTheShelf() {
    answers("jingdong.ware.write.updateWare", DONE);
    answers("jingdong.ware.write.upOrDown", DONE);

    connector.update(shop, WARE, PlatformStubs.listing()).as(StepVerifier::create).expectNext(WARE).verifyComplete();

    List<LoggedRequest> requests = requests(jos);
    assertThat(requests).extracting(request -> query(request).get("method"))
        .containsExactly("jingdong.ware.write.updateWare", "jingdong.ware.write.upOrDown");
    assertThat(paramJson(requests.get(0))).isEqualTo("{\"ware\":{\"categoryId\":\"50050\",\"images\":"
        + "[\"https://img.example/p1.jpg\",\"https://img.example/p1b.jpg\"],\"introduction\":\"<p>明前</p>\","
        + "\"title\":\"黄山毛峰 特级\",\"wareId\":2001}}");
    assertThat(paramJson(requests.get(1))).isEqualTo("{\"note\":\"Wanhuo Hub: listing updated\",\"opType\":1,\"wareId\":2001}");
    requests.forEach(JdConnectorTest::assertSigned);
  }

  @Test
  void setsEachSkuPriceInYuanAndItsFullStock() {
    answers("jingdong.price.write.updateSkuJdPrice", DONE);
    answers("jingdong.stock.write.updateSkuStock", DONE);

    connector.updatePriceAndStock(shop, WARE, List.of(new SkuOffer("P1:250g", "", 9800, 10), new SkuOffer("P1:500g", "", 1, 0)))
        .as(StepVerifier::create).verifyComplete();

    assertThat(requests(jos)).extracting(JdConnectorTest::paramJson).containsExactly(
        "{\"jdPrice\":\"98.00\",\"skuId\":21}", "{\"skuId\":21,\"stockNum\":10,\"storeId\":0}",
        "{\"jdPrice\":\"0.01\",\"skuId\":22}", "{\"skuId\":22,\"stockNum\":0,\"storeId\":0}");
  }

  @Test
  void takesTheWareOffTheShelfToDelist() {
    answers("jingdong.ware.write.upOrDown", DONE);

    connector.delist(shop, WARE).as(StepVerifier::create).verifyComplete();

    assertThat(paramJson(onlyRequest(jos))).isEqualTo("{\"note\":\"Wanhuo Hub: delisted\",\"opType\":2,\"wareId\":2001}");
  }

  @Test
  void aWriteAnsweredWithSuccessFalseIsPermanent() {
    answers("jingdong.ware.write.upOrDown", "{\"code\":\"0\",\"success\":false}");

    connector.delist(shop, WARE).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.JD, Failure.PERMANENT, "UNSUCCESSFUL"));
  }

  static void assertSigned(LoggedRequest request) {
    Map<String, String> received = queryAndForm(request);
    assertThat(received.get("sign")).isEqualTo(Signatures.jos(received, SECRET)).hasSize(32);
  }
}
