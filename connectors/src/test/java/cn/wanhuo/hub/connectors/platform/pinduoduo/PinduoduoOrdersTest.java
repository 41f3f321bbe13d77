package cn.wanhuo.hub.connectors.platform.pinduoduo;

import static cn.wanhuo.hub.connectors.platform.PlatformStubs.CLOCK;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.form;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.requests;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.test.StepVerifier;

class PinduoduoOrdersTest {

  @RegisterExtension
  static WireMockExtension pdd = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** 2026-12-01 00:00 in Beijing, epoch second 1796054400. */
  static final Instant FROM = Instant.parse("2026-11-30T16:00:00Z");

  final PinduoduoConnector connector = new PinduoduoConnector(PlatformStubs.http(), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(pdd, "/api/router");

  static String answer(int total, String orders) {
    return "{\"order_sn_increment_get_response\":{\"total_count\":" + total + ",\"has_next\":false,\"order_sn_list\":["
        + orders + "]}}";
  }

  static void page(long start, int page, int total, String orders) {
    pdd.stubFor(post(anyUrl()).withFormParam("start_updated_at", equalTo(String.valueOf(start)))
        .withFormParam("page", equalTo(String.valueOf(page))).willReturn(okJson(answer(total, orders))));
  }

  static String order(String sn) {
    return "{\"order_sn\":\"" + sn + "\",\"order_status\":1,\"refund_status\":1,\"created_time\":\"2026-12-01 00:01:00\","
        + "\"updated_at\":\"2026-12-01 00:02:00\",\"buyer_id\":\"b1\",\"pay_amount\":9800,\"item_list\":["
        + "{\"sku_id\":31,\"outer_id\":\"P1:250g\",\"goods_count\":1,\"goods_price\":9800}]}";
  }

  @Test
  void readsThirtyMinuteWindowsInEpochSecondsEachFromPageOneThenTheLastPageBackwards() {
    pdd.stubFor(post(anyUrl()).willReturn(okJson(answer(0, ""))));
    page(1796054400L, 1, 301, order("a1"));
    page(1796054400L, 4, 301, order("a4"));
    page(1796054400L, 3, 301, order("a3"));
    page(1796054400L, 2, 301, order("a2"));
    page(1796056200L, 1, 1, order("b1"));

    connector.ordersModified(shop, FROM, FROM.plus(Duration.ofMinutes(70))).map(PlatformOrder::orderId)
        .as(StepVerifier::create).expectNext("a1", "a4", "a3", "a2", "b1").verifyComplete();

    assertThat(requests(pdd)).extracting(request -> form(request))
        .extracting(form -> form.get("start_updated_at") + "-" + form.get("end_updated_at") + " #" + form.get("page"))
        .containsExactly("1796054400-1796056200 #1", "1796054400-1796056200 #4", "1796054400-1796056200 #3",
            "1796054400-1796056200 #2", "1796056200-1796058000 #1", "1796058000-1796058600 #1");
    assertThat(form(requests(pdd).getFirst())).containsAllEntriesOf(Map.of("type", "pdd.order.number.list.increment.get",
        "order_status", "5", "refund_status", "5", "page_size", "100", "use_has_next", "false"));
  }

  @Test
  void mapsAnOrderWithAmountsAlreadyInFen() {
    page(1796054400L, 1, 1, """
        {"order_sn":"261201-0001","order_status":2,"refund_status":1,"created_time":"2026-12-01 00:01:00",
         "updated_at":"2026-12-01 00:29:59","buyer_id":"pdd_b","pay_amount":1234579600,"item_list":[
          {"sku_id":31,"outer_id":"P1:250g","goods_count":2,"goods_price":9800},
          {"sku_id":33,"outer_id":"P1:gift","goods_count":10,"goods_price":123456789},
          {"sku_id":39,"goods_count":1,"goods_price":1}]}""");

    connector.ordersModified(shop, FROM, FROM.plusSeconds(60)).as(StepVerifier::create)
        .expectNext(new PlatformOrder(Channel.PINDUODUO, "261201-0001", OrderState.PAID,
            Instant.parse("2026-11-30T16:01:00Z"), Instant.parse("2026-11-30T16:29:59Z"), "pdd_b", List.of(
                new PlatformOrderLine("31", "P1:250g", 2, 19_600, false),
                new PlatformOrderLine("33", "P1:gift", 10, 1_234_567_890, false),
                new PlatformOrderLine("39", "", 1, 1, false))))
        .verifyComplete();
  }

  @ParameterizedTest
  @CsvSource({"0, 1, UNPAID", "1, 1, PAID", "2, 1, PAID", "3, 1, PAID", "1, 4, REFUNDED", "3, 4, REFUNDED", "2, 2, PAID"})
  void mapsOrderAndRefundStatusToOrderState(String orderStatus, String refundStatus, OrderState state) {
    assertThat(PddOrders.state(orderStatus, refundStatus)).isEqualTo(state);
  }
}
