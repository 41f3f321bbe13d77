package cn.wanhuo.hub.app.benchmark;

import static cn.wanhuo.hub.app.connectors.SyncFixtures.admin;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.orders.OrderImporter;
import cn.wanhuo.hub.connectors.simulators.PlatformSimulators;
import cn.wanhuo.hub.connectors.simulators.SimulatedOrder;
import cn.wanhuo.hub.connectors.simulators.SimulatorSettings;
import cn.wanhuo.hub.marketplace.pavilion.ProductIndexMaintenance;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * Imports and attributes a million platform orders (250,000 on each simulator, over the last day, on the SKUs of
 * listed products), timed from a fresh cursor until no order waits for the sales ledger; the baseline, in the same
 * run, is a raw unordered bulk insert of the very documents the import wrote (its platform orders and its ledger
 * lines) into the same MongoDB. Fails only when an order is missing, stored twice or counted other than once, never on
 * timing. Run it with {@code ./hub bench import} (docs/benchmarks.md).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "wanhuo.search.outbox-poll=1h", "wanhuo.search.reconcile-initial-delay=1h", "wanhuo.search.reconcile-interval=1h",
    "wanhuo.connectors.sync.sweep-interval=1h", "wanhuo.connectors.sync.workers=8",
    // The benchmark imports when it chooses, from a cursor that reaches back over the whole day of orders.
    "wanhuo.connectors.orders.poll=1h", "wanhuo.connectors.orders.initial-lookback=1d", "wanhuo.connectors.orders.lease=1h",
    "logging.file.name=target/benchmark/hub-import.log", "logging.threshold.console=WARN"})
@AutoConfigureWebTestClient
@ActiveProfiles("test")
@ExtendWith(WithoutTestReactorHooks.class)
class ImportBenchmark {

  private static final int ORDERS = Integer.getInteger("bench.orders", 1_000_000);
  private static final int PRODUCTS = Integer.getInteger("bench.products", 1_000);
  private static final Path REPORT = Path.of("target/benchmark/import.md");

  @Autowired WebTestClient web;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired ProductIndexMaintenance maintenance;
  @Autowired Validator validator;
  @Autowired OrderImporter importer;

  @Test
  void importsAndAttributesEveryOrderOnceAgainstARawBulkInsert() throws Exception {
    String loadBefore = RunInfo.loadAverage();
    new CatalogGenerator(mongo, maintenance, validator).fill(PRODUCTS);
    // No rate limit here: the import is measured against the database, not against the platforms' QPS.
    try (var simulators = new PlatformSimulators(SimulatorSettings.forTests(0, 23)).start()) {
      var shops = new SimulatedShops(simulators, mongo);
      long listings = (long) shops.publishedProductIds().size() * PlatformSimulators.PLATFORMS.size();
      var admin = admin(web);
      PlatformSimulators.PLATFORMS.forEach(channel -> shops.connect(admin, channel, "bench-import", 5_000));
      Awaitility.await("every listing synced").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(2))
          .until(() -> shops.listings("SYNCED") >= listings);

      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      int perShop = ORDERS / PlatformSimulators.PLATFORMS.size();
      PlatformSimulators.PLATFORMS.forEach(channel ->
          simulators.simulator(channel).addOrders(perShop, now.minus(Duration.ofHours(23)), now.minus(Duration.ofMinutes(10))));
      Map<Channel, Totals> expected = new EnumMap<>(Channel.class);
      PlatformSimulators.PLATFORMS.forEach(channel -> expected.put(channel, Totals.of(channel, simulators.simulator(channel).orders())));
      long orders = expected.values().stream().mapToLong(Totals::orders).sum();
      System.out.printf("%s %,d listings synced, %,d orders on the simulators; importing%n", Instant.now(), listings, orders);

      long started = System.nanoTime();
      int rounds = 0;
      do {
        importer.importAll().block(Duration.ofHours(2));
        rounds++;
      } while ((pending() > 0 || stored() < orders) && rounds < 5);
      var imported = Duration.ofNanos(System.nanoTime() - started);
      System.out.printf("%s imported in %s; verifying, then the raw insert%n", Instant.now(), imported);

      assertThat(pending()).as("orders waiting for the ledger").isZero();
      assertThat(stored()).as("platform orders stored, each once").isEqualTo(orders);
      Map<Channel, Totals> counted = ledgerTotals();
      assertThat(counted).as("ledger per channel against the simulators' counted orders").isEqualTo(expected);

      var raw = new RawInsert(mongo);
      var rawOrders = raw.copy("platform_orders", new Document(), "bench_raw_platform_orders");
      var rawLines = raw.copy("sales_ledger", new Document("channel",
          new Document("$in", PlatformSimulators.PLATFORMS.stream().map(Channel::name).toList())), "bench_raw_sales_ledger");
      assertThat(rawOrders.documents()).as("raw copies of the platform orders").isEqualTo(orders);
      raw.drop("bench_raw_platform_orders");
      raw.drop("bench_raw_sales_ledger");

      RunInfo.write(REPORT, ImportReport.markdown(new ImportReport.Run(ORDERS, PRODUCTS, rounds, imported, rawOrders,
          rawLines, counted, loadBefore, RunInfo.loadAverage())));
    }
  }

  private long pending() {
    return count("platform_orders", new Document("ledgerPending", true));
  }

  private long stored() {
    return count("platform_orders", new Document());
  }

  private long count(String collection, Document filter) {
    return mongo.getCollection(collection).flatMap(c -> Mono.from(c.countDocuments(filter))).block(Duration.ofMinutes(5));
  }

  /** Counted fen, units, ledger lines per channel; what is counted of an order is its paid lines not refunded. */
  private Map<Channel, Totals> ledgerTotals() {
    Map<Channel, Totals> totals = new EnumMap<>(Channel.class);
    PlatformSimulators.PLATFORMS.forEach(channel -> totals.put(channel, new Totals(0, 0, 0)));
    mongo.getCollection("sales_ledger")
        .flatMapMany(ledger -> ledger.find(new Document("state", "COUNTED"))
            .projection(new Document("channel", 1).append("orderId", 1).append("amountFen", 1).append("quantity", 1)))
        .toIterable()
        .forEach(line -> totals.computeIfPresent(Channel.valueOf(line.getString("channel")), (channel, sum) ->
            sum.plus(((Number) line.get("amountFen")).longValue(), ((Number) line.get("quantity")).longValue())));
    // Orders are compared by their sums and, separately, by being stored once; the ledger holds lines, not orders.
    expectedOrders().forEach((channel, orders) -> totals.computeIfPresent(channel, (c, sum) -> sum.withOrders(orders)));
    return totals;
  }

  private Map<Channel, Long> expectedOrders() {
    Map<Channel, Long> orders = new EnumMap<>(Channel.class);
    PlatformSimulators.PLATFORMS.forEach(channel ->
        orders.put(channel, count("platform_orders", new Document("channel", channel.name()))));
    return orders;
  }

  /** Per channel: orders, counted fen and counted units. */
  record Totals(long orders, long fen, long units) {

    /** What a platform's order list shows: Pinduoduo's lists paid orders only, so one cancelled unpaid never appears. */
    static Totals of(Channel channel, List<SimulatedOrder> orders) {
      long fen = orders.stream().mapToLong(SimulatedOrder::countedFen).sum();
      long units = orders.stream().filter(order -> order.status().counted()).flatMap(order -> order.lines().stream())
          .filter(line -> !line.refunded()).mapToLong(SimulatedOrder.Line::quantity).sum();
      long listed = orders.stream()
          .filter(order -> channel != Channel.PINDUODUO || order.status() != SimulatedOrder.Status.CANCELLED).count();
      return new Totals(listed, fen, units);
    }

    Totals plus(long moreFen, long moreUnits) {
      return new Totals(orders, fen + moreFen, units + moreUnits);
    }

    Totals withOrders(long count) {
      return new Totals(count, fen, units);
    }
  }
}
