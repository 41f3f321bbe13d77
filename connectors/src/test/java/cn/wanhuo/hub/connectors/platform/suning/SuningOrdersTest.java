package cn.wanhuo.hub.connectors.platform.suning;

import static cn.wanhuo.hub.connectors.platform.PlatformStubs.CLOCK;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.PlatformOrder.OrderState;
import cn.wanhuo.hub.connectors.platform.PlatformOrderLine;
import cn.wanhuo.hub.connectors.platform.PlatformStubs;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.test.StepVerifier;

class SuningOrdersTest {

  @RegisterExtension
  static WireMockExtension suning = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** 2026-12-01 00:00 to 2026-12-03 06:00 in Beijing. */
  static final Instant FROM = Instant.parse("2026-11-30T16:00:00Z");
  static final Instant TO = Instant.parse("2026-12-02T22:00:00Z");

  final SuningConnector connector = new SuningConnector(PlatformStubs.http(), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(suning, "/api/http/sopRequest");

  static String answer(int pages, String orders) {
    return "{\"sn_responseContent\":{\"sn_head\":{\"pageTotal\":" + pages + ",\"totalSize\":" + pages * 50
        + "},\"sn_body\":{\"ord\":[" + orders + "]}}}";
  }

  static void page(String start, int page, int pages, String orders) {
    suning.stubFor(post(anyUrl())
        .withRequestBody(matchingJsonPath("$.sn_request.sn_body.ord.startTime", equalTo(start)))
        .withRequestBody(matchingJsonPath("$.sn_request.sn_body.ord.pageNo", equalTo(String.valueOf(page))))
        .willReturn(okJson(answer(pages, orders))));
  }

  static String order(String code) {
    return "{\"orderCode\":\"" + code + "\",\"orderTotalStatus\":\"20\",\"orderSaleTime\":\"2026-12-01 08:00:00\","
        + "\"lastUpdateTime\":\"2026-12-01 09:00:00\",\"userName\":\"sn_1\",\"orderDetail\":[{\"orderLineNumber\":\""
        + code + "-1\",\"itemCode\":\"P1:250g\",\"saleNum\":1,\"payAmount\":\"98.00\",\"returnStatus\":\"0\"}]}";
  }

  @Test
  void readsOneDayWindowsEachFromPageOneThenTheLastPageBackwards() {
    suning.stubFor(post(anyUrl()).willReturn(okJson(answer(0, ""))));
    page("2026-12-02 00:00:00", 1, 3, order("201"));
    page("2026-12-02 00:00:00", 2, 3, order("202"));
    page("2026-12-02 00:00:00", 3, 3, order("203"));

    connector.ordersModified(shop, FROM, TO).map(PlatformOrder::orderId).as(StepVerifier::create)
        .expectNext("201", "203", "202").verifyComplete();

    assertThat(requests(suning)).extracting(LoggedRequest::getBodyAsString).containsExactly(
        query("2026-12-01 00:00:00", "2026-12-02 00:00:00", 1), query("2026-12-02 00:00:00", "2026-12-03 00:00:00", 1),
        query("2026-12-02 00:00:00", "2026-12-03 00:00:00", 3), query("2026-12-02 00:00:00", "2026-12-03 00:00:00", 2),
        query("2026-12-03 00:00:00", "2026-12-03 06:00:00", 1));
    assertThat(requests(suning)).extracting(request -> request.getHeader("AppMethod")).containsOnly("suning.custom.ord.query");
  }

  static String query(String start, String end, int page) {
    return "{\"sn_request\":{\"sn_body\":{\"ord\":{\"endTime\":\"" + end + "\",\"pageNo\":" + page
        + ",\"pageSize\":50,\"startTime\":\"" + start + "\"}}}}";
  }

  @Test
  void mapsAnOrderWithLinesPaidInYuanAsFenAndAReturnedLine() {
    page("2026-12-01 00:00:00", 1, 1, """
        {"orderCode":"SN0001","orderTotalStatus":"40","orderSaleTime":"2026-12-01 08:00:00","lastUpdateTime":"2026-12-01 23:00:00",
         "userName":"sn_buyer","orderDetail":[
          {"orderLineNumber":"SN0001-1","itemCode":"P1:250g","saleNum":2,"payAmount":"196.00","returnStatus":"0"},
          {"orderLineNumber":"SN0001-2","itemCode":"P1:gift","saleNum":10,"payAmount":"12345678.90","returnStatus":"0"},
          {"orderLineNumber":"SN0001-3","itemCode":"P1:500g","saleNum":1,"payAmount":"0.01","returnStatus":"1"}]}""");

    connector.ordersModified(shop, FROM, FROM.plusSeconds(60)).as(StepVerifier::create)
        .expectNext(new PlatformOrder(Channel.SUNING, "SN0001", OrderState.PAID, Instant.parse("2026-12-01T00:00:00Z"),
            Instant.parse("2026-12-01T15:00:00Z"), "sn_buyer", List.of(
                new PlatformOrderLine("SN0001-1", "P1:250g", 2, 19_600, false),
                new PlatformOrderLine("SN0001-2", "P1:gift", 10, 1_234_567_890, false),
                new PlatformOrderLine("SN0001-3", "P1:500g", 1, 1, true))))
        .verifyComplete();
  }

  @ParameterizedTest
  @CsvSource({"10, UNPAID", "20, PAID", "30, PAID", "40, PAID", "50, CANCELLED", "60, REFUNDED"})
  void mapsOrderTotalStatusToOrderState(String status, OrderState state) {
    assertThat(SuningOrders.state(status)).isEqualTo(state);
  }
}
