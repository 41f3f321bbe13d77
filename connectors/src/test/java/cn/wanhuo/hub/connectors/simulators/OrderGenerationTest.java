package cn.wanhuo.hub.connectors.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wanhuo.hub.connectors.simulators.SimulatedOrder.Status;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrderGenerationTest {

  private static final Instant START = Instant.parse("2026-11-11T00:00:00Z");
  private static final Duration STEP = Duration.ofSeconds(5);

  private final List<PlatformSimulators> started = new ArrayList<>();

  @AfterEach
  void stop() {
    started.forEach(PlatformSimulators::stop);
  }

  private PlatformSimulator taobaoWithTea(long seed) {
    var simulators = new PlatformSimulators(SimulatorSettings.forTests(0, seed)).start();
    started.add(simulators);
    PlatformSimulator taobao = simulators.simulator(Channel.TAOBAO);
    Map<String, String> params = TaobaoSimulatorTest.addParams("gen-tea");
    params.put("num", "30000");
    params.put("sku_quantities", "20000,10000");
    TopClient.of(taobao.demoShop()).call("taobao.item.add", params);
    return taobao;
  }

  /** One simulated minute per call: a tick a second at 600 orders a minute. */
  private static Instant runMinutes(PlatformSimulator simulator, Instant from, int minutes) {
    Instant now = from;
    for (int second = 0; second < minutes * 60; second++) {
      now = now.plusSeconds(1);
      simulator.tick(now, Duration.ofSeconds(1), 600, STEP);
    }
    return now;
  }

  @Test
  void generatesTheSameOrdersFromTheSameSeed() {
    PlatformSimulator first = taobaoWithTea(42);
    PlatformSimulator second = taobaoWithTea(42);
    PlatformSimulator other = taobaoWithTea(43);

    runMinutes(first, START, 2);
    runMinutes(second, START, 2);
    runMinutes(other, START, 2);

    // Order numbers start from the second each simulator started in, so two simulators may number apart.
    assertThat(first.orders()).hasSize(1200)
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("orderId").isEqualTo(second.orders());
    assertThat(other.orders())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("orderId").isNotEqualTo(first.orders());
  }

  @Test
  void ordersComeFromAFewBuyersWithOneToThreeLinesAndTakeStock() {
    PlatformSimulator taobao = taobaoWithTea(7);

    runMinutes(taobao, START, 2);

    List<SimulatedOrder> orders = taobao.orders();
    assertThat(orders.stream().map(SimulatedOrder::buyer).distinct().count()).isLessThan(orders.size()).isPositive();
    assertThat(orders).allSatisfy(order -> {
      assertThat(order.lines()).hasSizeBetween(1, 2);
      assertThat(order.lines()).allSatisfy(line -> assertThat(line.quantity()).isBetween(1, 3));
    });
    int sold = orders.stream().filter(order -> order.status() != Status.CANCELLED)
        .flatMap(order -> order.lines().stream()).mapToInt(SimulatedOrder.Line::quantity).sum();
    int left = taobao.sku("gen-tea:250G").orElseThrow().stock() + taobao.sku("gen-tea:500G").orElseThrow().stock();
    assertThat(left).isEqualTo(30000 - sold);
  }

  @Test
  void chargesTheSkusCurrentPriceSoACampaignPriceShowsInTheOrders() {
    PlatformSimulator taobao = taobaoWithTea(7);
    Instant now = runMinutes(taobao, START, 1);
    SimulatedItem item = taobao.itemsByOuterId("gen-tea").getFirst();
    TopClient.of(taobao.demoShop()).call("taobao.item.sku.price.update", Map.of("num_iid", item.itemId(),
        "sku_id", item.skus().getFirst().skuId(), "price", "59.00"));
    int before = taobao.orderCount();

    runMinutes(taobao, now, 1);

    List<SimulatedOrder.Line> lines = taobao.orders().subList(before, taobao.orderCount()).stream()
        .flatMap(order -> order.lines().stream()).filter(line -> line.outerSkuId().equals("gen-tea:250G")).toList();
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.paidFen()).isEqualTo(5900L * line.quantity()));
  }

  @Test
  void movesOrdersOnAndUpdatesTheirModifiedTime() {
    PlatformSimulator taobao = taobaoWithTea(7);

    runMinutes(taobao, START, 2);

    Map<Status, List<SimulatedOrder>> byStatus = taobao.orders().stream()
        .collect(Collectors.groupingBy(SimulatedOrder::status));
    assertThat(byStatus.keySet()).contains(Status.FINISHED, Status.CANCELLED, Status.REFUNDED);
    assertThat(byStatus.get(Status.FINISHED).size()).isGreaterThan(byStatus.get(Status.REFUNDED).size());
    assertThat(byStatus.get(Status.REFUNDED)).allSatisfy(order -> assertThat(order.modified()).isAfter(order.created()));
    assertThat(byStatus.get(Status.CANCELLED)).allSatisfy(order ->
        assertThat(order.modified()).isEqualTo(order.created().plus(STEP)));
    assertThat(taobao.orders().stream().flatMap(order -> order.lines().stream()).anyMatch(SimulatedOrder.Line::refunded))
        .isTrue();
  }

  @Test
  void listsARefundAgainInTheWindowOfItsModifiedTime() {
    PlatformSimulator taobao = taobaoWithTea(7);
    runMinutes(taobao, START, 1);
    SimulatedOrder refunded = taobao.orders().stream().filter(order -> order.status() == Status.REFUNDED).findFirst()
        .orElseThrow();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("fields", "tid,status");
    query.put("start_modified", Wire.time(refunded.modified().getEpochSecond()));
    query.put("end_modified", Wire.time(refunded.modified().getEpochSecond() + 1));
    query.put("page_size", "100");

    JsonNode trades = TopClient.of(taobao.demoShop()).call("taobao.trades.sold.increment.get", query)
        .at("/trades_sold_increment_get_response/trades/trade");

    assertThat(trades.valueStream().filter(trade -> trade.path("tid").asString().equals(refunded.orderId())))
        .singleElement().satisfies(trade -> assertThat(trade.path("status").asString()).isEqualTo("TRADE_CLOSED"));
  }

  @Test
  void generatesOrdersOnTheWallClockOnceStarted() {
    PlatformSimulator taobao = taobaoWithTea(7);

    taobao.startOrders(600);

    await().atMost(Duration.ofSeconds(5)).until(() -> taobao.orderCount() > 0);
    taobao.stopOrders();
    assertThat(taobao.ordersPerMinute()).isZero();
  }

  @Test
  void addsAHistoryOfManyOrdersAtOnce() {
    PlatformSimulator taobao = taobaoWithTea(7);
    Instant from = Instant.parse("2026-08-01T00:00:00Z");

    taobao.addOrders(200_000, from, from.plus(Duration.ofDays(20)));

    assertThat(taobao.orderCount()).isEqualTo(200_000);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("fields", "tid");
    query.put("start_modified", Wire.time(from.getEpochSecond()));
    query.put("end_modified", Wire.time(from.plus(Duration.ofDays(1)).getEpochSecond()));
    query.put("page_no", "100");
    query.put("page_size", "100");
    JsonNode response = TopClient.of(taobao.demoShop()).call("taobao.trades.sold.increment.get", query)
        .at("/trades_sold_increment_get_response");
    assertThat(response.path("total_results").asInt()).isEqualTo(10_000);
    assertThat(response.at("/trades/trade")).hasSize(100);
  }
}
