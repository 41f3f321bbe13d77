package cn.wanhuo.hub.connectors.platform.jd;

import static cn.wanhuo.hub.connectors.platform.PlatformStubs.CLOCK;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.assertFailure;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.and;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.PlatformOrder.OrderState;
import cn.wanhuo.hub.connectors.platform.PlatformOrderLine;
import cn.wanhuo.hub.connectors.platform.PlatformStubs;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.test.StepVerifier;

class JdOrdersTest {

  @RegisterExtension
  static WireMockExtension jos = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** 2026-12-01 00:00 to 2026-12-03 06:00 in Beijing. */
  static final Instant FROM = Instant.parse("2026-11-30T16:00:00Z");
  static final Instant TO = Instant.parse("2026-12-02T22:00:00Z");

  final JdConnector connector = new JdConnector(PlatformStubs.http(), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(jos, "/routerjson");

  static String answer(int total, String orders) {
    return "{\"jingdong_pop_order_search_responce\":{\"code\":\"0\",\"searchorderinfo_result\":{\"apiResult\":"
        + "{\"success\":true,\"chineseErrCode\":\"\",\"englishErrCode\":\"\",\"numberCode\":0},\"orderTotal\":" + total
        + ",\"orderInfoList\":[" + orders + "]}}}";
  }

  static void page(String start, int page, int total, String orders) {
    jos.stubFor(post(anyUrl())
        .withFormParam("360buy_param_json",
            and(containing("\"start_date\":\"" + start + "\""), containing("\"page\":\"" + page + "\"")))
        .willReturn(okJson(answer(total, orders))));
  }

  static String order(String id) {
    return "{\"orderId\":\"" + id + "\",\"orderState\":\"WAIT_SELLER_STOCK_OUT\",\"orderStartTime\":\"2026-12-01 08:00:00\","
        + "\"modified\":\"2026-12-01 09:00:00\",\"pin\":\"jd_1\",\"orderPayment\":\"98.00\",\"itemInfoList\":["
        + "{\"skuId\":\"21\",\"outerSkuId\":\"P1:250g\",\"itemTotal\":\"1\",\"jdPrice\":\"98.00\"}]}";
  }

  @Test
  void readsOneDayWindowsEachFromPageOneThenTheLastPageBackwards() {
    jos.stubFor(post(anyUrl()).willReturn(okJson(answer(0, ""))));
    page("2026-12-01 00:00:00", 1, 201, order("101"));
    page("2026-12-01 00:00:00", 2, 201, order("102"));
    page("2026-12-01 00:00:00", 3, 201, order("103"));
    page("2026-12-02 00:00:00", 1, 100, order("201"));

    connector.ordersModified(shop, FROM, TO).map(PlatformOrder::orderId).as(StepVerifier::create)
        .expectNext("101", "103", "102", "201").verifyComplete();

    assertThat(requests(jos)).extracting(JdConnectorTest::paramJson).containsExactly(
        search("2026-12-01 00:00:00", "2026-12-02 00:00:00", 1), search("2026-12-01 00:00:00", "2026-12-02 00:00:00", 3),
        search("2026-12-01 00:00:00", "2026-12-02 00:00:00", 2), search("2026-12-02 00:00:00", "2026-12-03 00:00:00", 1),
        search("2026-12-03 00:00:00", "2026-12-03 06:00:00", 1));
  }

  static String search(String start, String end, int page) {
    return "{\"dateType\":0,\"end_date\":\"" + end + "\",\"optional_fields\":\"" + JdConnector.ORDER_FIELDS + "\","
        + "\"order_state\":\"WAIT_SELLER_STOCK_OUT,WAIT_GOODS_RECEIVE_CONFIRM,FINISHED_L,TRADE_CANCELED\","
        + "\"page\":\"" + page + "\",\"page_size\":\"100\",\"sortType\":1,\"start_date\":\"" + start + "\"}";
  }

  @Test
  void mapsAnOrderWithLinesPaidAtJdPriceTimesQuantityInFen() {
    page("2026-12-01 00:00:00", 1, 1, """
        {"orderId":"30001","orderState":"FINISHED_L","orderStartTime":"2026-12-01 08:00:00","modified":"2026-12-02 23:59:59",
         "pin":"jd_buyer","orderPayment":"12345775.90","itemInfoList":[
          {"skuId":"21","outerSkuId":"P1:250g","itemTotal":"2","jdPrice":"98.00"},
          {"skuId":"23","outerSkuId":"P1:gift","itemTotal":"10","jdPrice":"1234567.79"},
          {"skuId":"99","itemTotal":"1","jdPrice":"0.01"}]}""");

    connector.ordersModified(shop, FROM, FROM.plusSeconds(60)).as(StepVerifier::create)
        .expectNext(new PlatformOrder(Channel.JD, "30001", OrderState.PAID, Instant.parse("2026-12-01T00:00:00Z"),
            Instant.parse("2026-12-02T15:59:59Z"), "jd_buyer", List.of(
                new PlatformOrderLine("21", "P1:250g", 2, 19_600, false),
                new PlatformOrderLine("23", "P1:gift", 10, 123_456_779_0L, false),
                new PlatformOrderLine("99", "", 1, 1, false))))
        .verifyComplete();
  }

  @Test
  void aRefusalInsideTheSuccessEnvelopeIsPermanentWithJdsCodeAndWords() {
    jos.stubFor(post(anyUrl()).willReturn(okJson("""
        {"jingdong_pop_order_search_responce":{"code":"0","searchorderinfo_result":{"apiResult":{"success":false,
         "chineseErrCode":"查询时间跨度不能超过一天","englishErrCode":"date range too long","numberCode":10400001}}}}""")));

    connector.ordersModified(shop, FROM, FROM.plusSeconds(60)).as(StepVerifier::create).verifyErrorSatisfies(e -> {
      assertFailure(e, Channel.JD, Failure.PERMANENT, "10400001");
      assertThat(e).hasMessageContaining("查询时间跨度不能超过一天");
    });
  }

  @ParameterizedTest
  @CsvSource({"WAIT_PAY, UNPAID", "WAIT_SELLER_STOCK_OUT, PAID", "WAIT_GOODS_RECEIVE_CONFIRM, PAID", "FINISHED_L, PAID",
      "TRADE_CANCELED, CANCELLED"})
  void mapsOrderStateToOrderState(String orderState, OrderState state) {
    assertThat(JdOrders.state(orderState)).isEqualTo(state);
  }
}
