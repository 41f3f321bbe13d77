package cn.wanhuo.hub.connectors.platform.taobao;

import static cn.wanhuo.hub.connectors.platform.PlatformStubs.CLOCK;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.form;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.PlatformOrder.OrderState;
import cn.wanhuo.hub.connectors.platform.PlatformOrderLine;
import cn.wanhuo.hub.connectors.platform.PlatformStubs;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.test.StepVerifier;

class TaobaoOrdersTest {

  @RegisterExtension
  static WireMockExtension top = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** 2026-12-01 00:00 to 2026-12-03 06:00 in Beijing: two whole days and a quarter. */
  static final Instant FROM = Instant.parse("2026-11-30T16:00:00Z");
  static final Instant TO = Instant.parse("2026-12-02T22:00:00Z");

  final TaobaoConnector connector = new TaobaoConnector(PlatformStubs.http(), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(top, "/router/rest");

  static void page(String start, int page, int total, String trades) {
    top.stubFor(post(urlPathEqualTo("/router/rest"))
        .withFormParam("start_modified", equalTo(start)).withFormParam("page_no", equalTo(String.valueOf(page)))
        .willReturn(okJson("{\"trades_sold_increment_get_response\":{\"total_results\":" + total
            + ",\"has_next\":false,\"trades\":{\"trade\":[" + trades + "]}}}")));
  }

  static String trade(String tid) {
    return "{\"tid\":" + tid + ",\"status\":\"WAIT_SELLER_SEND_GOODS\",\"created\":\"2026-12-01 08:00:00\","
        + "\"modified\":\"2026-12-01 09:30:00\",\"buyer_nick\":\"t**1\",\"payment\":\"98.00\",\"orders\":{\"order\":["
        + "{\"oid\":" + tid + "1,\"outer_sku_id\":\"P1:250g\",\"num\":1,\"payment\":\"98.00\",\"refund_status\":\"NO_REFUND\"}]}}";
  }

  @Test
  void readsOneDayWindowsEachFromPageOneThenTheLastPageBackwards() {
    top.stubFor(post(urlPathEqualTo("/router/rest"))
        .willReturn(okJson("{\"trades_sold_increment_get_response\":{\"total_results\":0,\"has_next\":false}}")));
    page("2026-12-01 00:00:00", 1, 250, trade("101"));
    page("2026-12-01 00:00:00", 2, 250, trade("102"));
    page("2026-12-01 00:00:00", 3, 250, trade("103"));
    page("2026-12-03 00:00:00", 1, 100, trade("301"));

    connector.ordersModified(shop, FROM, TO).map(PlatformOrder::orderId).as(StepVerifier::create)
        .expectNext("101", "103", "102", "301").verifyComplete();

    assertThat(requests(top)).extracting(request -> form(request))
        .extracting(form -> form.get("start_modified") + " → " + form.get("end_modified") + " #" + form.get("page_no"))
        .containsExactly(
            "2026-12-01 00:00:00 → 2026-12-02 00:00:00 #1",
            "2026-12-01 00:00:00 → 2026-12-02 00:00:00 #3",
            "2026-12-01 00:00:00 → 2026-12-02 00:00:00 #2",
            "2026-12-02 00:00:00 → 2026-12-03 00:00:00 #1",
            "2026-12-03 00:00:00 → 2026-12-03 06:00:00 #1");
    assertThat(form(requests(top).getFirst())).containsAllEntriesOf(Map.of(
        "fields", TaobaoConnector.TRADE_FIELDS, "page_size", "100"));
  }

  @Test
  void mapsATradeWithItsLinesPaidInFenAndARefundedLine() {
    page("2026-12-01 00:00:00", 1, 1, """
        {"tid":900001,"status":"WAIT_BUYER_CONFIRM_GOODS","created":"2026-12-01 08:00:00","modified":"2026-12-01 09:30:05",
         "buyer_nick":"t**1","payment":"12345776.90","orders":{"order":[
          {"oid":91,"outer_sku_id":"P1:250g","num":2,"payment":"196.00","refund_status":"NO_REFUND"},
          {"oid":92,"outer_sku_id":"P1:gift","num":10,"payment":"12345678.90","refund_status":"NO_REFUND"},
          {"oid":93,"num":1,"payment":"0.01","refund_status":"SUCCESS"}]}}""");

    connector.ordersModified(shop, FROM, FROM.plusSeconds(60)).as(StepVerifier::create)
        .expectNext(new PlatformOrder(Channel.TAOBAO, "900001", OrderState.PAID, Instant.parse("2026-12-01T00:00:00Z"),
            Instant.parse("2026-12-01T01:30:05Z"), "t**1", List.of(
                new PlatformOrderLine("91", "P1:250g", 2, 19_600, false),
                new PlatformOrderLine("92", "P1:gift", 10, 1_234_567_890, false),
                new PlatformOrderLine("93", "", 1, 1, true))))
        .verifyComplete();
  }

  @ParameterizedTest
  @CsvSource({
      "WAIT_BUYER_PAY, UNPAID", "WAIT_SELLER_SEND_GOODS, PAID", "WAIT_BUYER_CONFIRM_GOODS, PAID", "TRADE_FINISHED, PAID",
      "TRADE_CLOSED, REFUNDED", "TRADE_CLOSED_BY_TAOBAO, CANCELLED", "TRADE_NO_CREATE_PAY, UNPAID"})
  void mapsTradeStatusToOrderState(String status, OrderState state) {
    assertThat(TaobaoTrades.state(status)).isEqualTo(state);
  }
}
