package cn.wanhuo.hub.connectors.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.connectors.platform.PlatformConnector;
import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import cn.wanhuo.hub.connectors.platform.internal.HttpSettings;
import cn.wanhuo.hub.connectors.platform.internal.PlatformHttp;
import cn.wanhuo.hub.connectors.platform.jd.JdConnector;
import cn.wanhuo.hub.connectors.platform.pinduoduo.PinduoduoConnector;
import cn.wanhuo.hub.connectors.platform.suning.SuningConnector;
import cn.wanhuo.hub.connectors.platform.taobao.TaobaoConnector;
import cn.wanhuo.hub.connectors.simulators.Fault;
import cn.wanhuo.hub.connectors.simulators.PlatformSimulator;
import cn.wanhuo.hub.connectors.simulators.PlatformSimulators;
import cn.wanhuo.hub.connectors.simulators.SimulatedItem;
import cn.wanhuo.hub.connectors.simulators.SimulatedItem.SimulatedSku;
import cn.wanhuo.hub.connectors.simulators.SimulatedOrder;
import cn.wanhuo.hub.connectors.simulators.SimulatorSettings;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.util.unit.DataSize;
import reactor.test.StepVerifier;

/**
 * Each adapter against its platform's simulator: both were written from docs/platform-wire.md by different hands,
 * so this is where a disagreement about the wire shows.
 */
class AdaptersAgainstSimulatorsTest {

  private static PlatformSimulators simulators;
  private static Map<Channel, PlatformConnector> adapters;

  @BeforeAll
  static void start() {
    simulators = new PlatformSimulators(SimulatorSettings.forTests(1000, 42)).start();
    PlatformHttp http = new PlatformHttp(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), DataSize.ofMegabytes(4)));
    adapters = List.of(new TaobaoConnector(http), new JdConnector(http), new PinduoduoConnector(http),
        new SuningConnector(http)).stream().collect(Collectors.toMap(PlatformConnector::channel, Function.identity()));
  }

  @AfterAll
  static void stop() {
    simulators.close();
  }

  @AfterEach
  void clearFaults() {
    PlatformSimulators.PLATFORMS.forEach(channel -> simulators.simulator(channel).clearFaults());
  }

  private static Listing listing(String productId) {
    return new Listing(productId, "黄山毛峰 特级 " + productId, "<p>明前头采</p>", "50008141", Map.of("20000", "3270459"),
        List.of("http://127.0.0.1/api/pavilion/products/" + productId + "/cover.png"),
        List.of(new SkuOffer(SkuOffer.outerSkuId(productId, "HS-250"), "250g", 12800, 40),
            new SkuOffer(SkuOffer.outerSkuId(productId, "HS-500"), "500g, 罐装", 23800, 15)));
  }

  private static Map<String, SimulatedSku> skusOf(SimulatedItem item) {
    return item.skus().stream().collect(Collectors.toMap(SimulatedSku::outerSkuId, Function.identity()));
  }

  @ParameterizedTest
  @EnumSource(names = {"TAOBAO", "JD", "PINDUODUO", "SUNING"})
  void listsFindsRepricesDelistsAndRelists(Channel channel) {
    PlatformSimulator simulator = simulators.simulator(channel);
    PlatformConnector adapter = adapters.get(channel);
    ShopCredentials shop = simulators.demoShop(channel);
    String productId = "p-" + channel.name().toLowerCase() + "-1";

    StepVerifier.create(adapter.findByOuterId(shop, productId)).verifyComplete();
    PlatformItem published = adapter.publish(shop, listing(productId)).block(Duration.ofSeconds(10));
    assertThat(published).isNotNull();
    SimulatedItem item = simulator.itemsByOuterId(productId).getFirst();
    assertThat(item.itemId()).isEqualTo(published.itemId());
    assertThat(item.onSale()).isTrue();
    assertThat(skusOf(item).get(productId + ":HS-250").priceFen()).isEqualTo(12800);
    assertThat(skusOf(item).get(productId + ":HS-500").stock()).isEqualTo(15);
    assertThat(published.skuIds()).containsOnlyKeys(productId + ":HS-250", productId + ":HS-500");

    StepVerifier.create(adapter.findByOuterId(shop, productId)).expectNext(published).verifyComplete();

    StepVerifier.create(adapter.updatePriceAndStock(shop, published,
        List.of(new SkuOffer(productId + ":HS-250", "250g", 9801, 7)))).verifyComplete();
    SimulatedSku repriced = simulator.sku(productId + ":HS-250").orElseThrow();
    assertThat(repriced.priceFen()).isEqualTo(9801);
    assertThat(repriced.stock()).isEqualTo(7);

    StepVerifier.create(adapter.delist(shop, published)).verifyComplete();
    assertThat(simulator.itemsByOuterId(productId).getFirst().onSale()).isFalse();
    StepVerifier.create(adapter.update(shop, published, listing(productId))).expectNextCount(1).verifyComplete();
    assertThat(simulator.itemsByOuterId(productId).getFirst().onSale()).isTrue();
    assertThat(simulator.duplicateItems()).isZero();
  }

  @ParameterizedTest
  @EnumSource(names = {"TAOBAO", "JD", "PINDUODUO", "SUNING"})
  void readsEveryOrderOfSeveralWindowsExactlyAsTheSimulatorHasThem(Channel channel) {
    PlatformSimulator simulator = simulators.simulator(channel);
    PlatformConnector adapter = adapters.get(channel);
    ShopCredentials shop = simulators.demoShop(channel);
    String productId = "p-" + channel.name().toLowerCase() + "-orders";
    adapter.publish(shop, listing(productId)).block(Duration.ofSeconds(10));
    // Three days back to an hour ago: several one-day windows, or many 30-minute ones for Pinduoduo.
    Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
    Instant from = to.minus(Duration.ofDays(3));
    simulator.addOrders(450, from, to);

    List<PlatformOrder> read = adapter.ordersModified(shop, from, to.plusSeconds(1)).collectList()
        .block(Duration.ofSeconds(60));

    Map<String, SimulatedOrder> expected = simulator.orders().stream()
        .filter(order -> !order.modified().isBefore(from) && order.modified().isBefore(to.plusSeconds(1)))
        // Pinduoduo lists paid orders only: one cancelled before payment never shows.
        .filter(order -> channel != Channel.PINDUODUO || order.status() != SimulatedOrder.Status.CANCELLED)
        .collect(Collectors.toMap(SimulatedOrder::orderId, Function.identity()));
    Map<String, PlatformOrder> got = read.stream()
        .collect(Collectors.toMap(PlatformOrder::orderId, Function.identity(), (first, again) -> first));
    assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    long expectedCounted = expected.values().stream().mapToLong(SimulatedOrder::countedFen).sum();
    long gotCounted = got.values().stream()
        .filter(order -> order.state() == PlatformOrder.OrderState.PAID)
        .flatMap(order -> order.lines().stream())
        .filter(line -> !line.refunded())
        .mapToLong(line -> line.paidFen())
        .sum();
    assertThat(gotCounted).isEqualTo(expectedCounted).isPositive();
    Set<String> outerSkus = got.values().stream().flatMap(order -> order.lines().stream())
        .map(line -> line.outerSkuId()).collect(Collectors.toSet());
    assertThat(outerSkus).allMatch(outer -> outer.contains(":"));
  }

  @ParameterizedTest
  @EnumSource(names = {"TAOBAO", "JD", "PINDUODUO", "SUNING"})
  void classifiesTheSimulatorsRefusals(Channel channel) {
    PlatformSimulator simulator = simulators.simulator(channel);
    PlatformConnector adapter = adapters.get(channel);
    ShopCredentials shop = simulators.demoShop(channel);

    simulator.failNext(Fault.RATE_LIMIT, 1);
    StepVerifier.create(adapter.findByOuterId(shop, "nothing"))
        .verifyErrorSatisfies(e -> assertThat(((PlatformException) e).failure()).isEqualTo(Failure.RETRYABLE));
    simulator.failNext(Fault.EXPIRED_TOKEN, 1);
    StepVerifier.create(adapter.findByOuterId(shop, "nothing"))
        .verifyErrorSatisfies(e -> assertThat(((PlatformException) e).failure()).isEqualTo(Failure.REAUTHORIZE));
    simulator.failNext(Fault.SERVER_ERROR, 1);
    StepVerifier.create(adapter.findByOuterId(shop, "nothing"))
        .verifyErrorSatisfies(e -> assertThat(((PlatformException) e).failure()).isEqualTo(Failure.RETRYABLE));
    simulator.failNext(Fault.MALFORMED, 1);
    StepVerifier.create(adapter.findByOuterId(shop, "nothing"))
        .verifyErrorSatisfies(e -> assertThat(((PlatformException) e).failure()).isEqualTo(Failure.RETRYABLE));

    simulator.failNext(Fault.INVALID_PARAMETER, 1);
    StepVerifier.create(adapter.findByOuterId(shop, "nothing"))
        .verifyErrorSatisfies(e -> assertThat(((PlatformException) e).failure()).isEqualTo(Failure.PERMANENT));

    ShopCredentials wrongSecret = new ShopCredentials(shop.gateway(), shop.appKey(), "not-the-secret", shop.accessToken());
    StepVerifier.create(adapter.findByOuterId(wrongSecret, "nothing"))
        .verifyErrorSatisfies(e -> assertThat(((PlatformException) e).failure()).isEqualTo(Failure.PERMANENT));
  }
}
