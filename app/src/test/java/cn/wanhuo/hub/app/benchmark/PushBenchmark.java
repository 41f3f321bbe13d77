package cn.wanhuo.hub.app.benchmark;

import static cn.wanhuo.hub.app.connectors.SyncFixtures.admin;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.simulators.PlatformSimulator;
import cn.wanhuo.hub.connectors.simulators.PlatformSimulators;
import cn.wanhuo.hub.connectors.simulators.SimulatorSettings;
import cn.wanhuo.hub.marketplace.pavilion.ProductIndexMaintenance;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Pushes every product of a generated catalog (10,000 published) to the four platform simulators at their QPS limit:
 * one shop per platform is connected through the API with the simulator's own limit, and from then until every
 * listing is SYNCED the simulators record the calls they let through each second. The baseline, in the same run, is
 * the limit itself: achieved ÷ allowed calls per second, per platform. Fails only when a product is missing on a
 * platform or listed twice, never on timing. Run it with {@code ./hub bench push} (docs/benchmarks.md).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // As in SearchBenchmark: periodic scans of every product by the search outbox are an artefact of the test database.
    "wanhuo.search.outbox-poll=1h", "wanhuo.search.reconcile-initial-delay=1h", "wanhuo.search.reconcile-interval=1h",
    // Connecting a shop plans every product at once; a periodic re-plan of 10,000 products would only compete with it.
    "wanhuo.connectors.sync.sweep-interval=1h", "wanhuo.connectors.sync.lease=60s",
    "wanhuo.connectors.sync.workers=${bench.sync-workers:8}",
    "logging.file.name=target/benchmark/hub-push.log", "logging.threshold.console=WARN"})
@AutoConfigureWebTestClient
@ActiveProfiles("test")
@ExtendWith(WithoutTestReactorHooks.class)
class PushBenchmark {

  private static final int PRODUCTS = Integer.getInteger("bench.products", 10_000);
  private static final int QPS = Integer.getInteger("bench.qps", 50);
  /** Seconds after a simulator's first call that count as ramp-up, not as the steady rate. */
  private static final int RAMP_SECONDS = Integer.getInteger("bench.ramp-seconds", 5);
  private static final Duration PATIENCE = Duration.ofHours(2);
  private static final Path REPORT = Path.of("target/benchmark/push.md");

  @Autowired WebTestClient web;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired ProductIndexMaintenance maintenance;
  @Autowired Validator validator;

  @Test
  void pushesEveryListingToTheFourSimulatorsAtTheirLimits() throws Exception {
    String loadBefore = RunInfo.loadAverage();
    var catalog = new CatalogGenerator(mongo, maintenance, validator).fill(PRODUCTS);
    try (var simulators = new PlatformSimulators(SimulatorSettings.forTests(QPS, 17)).start()) {
      var shops = new SimulatedShops(simulators, mongo);
      long products = shops.publishedProductIds().size();
      long listings = products * PlatformSimulators.PLATFORMS.size();
      var admin = admin(web);
      PlatformSimulators.PLATFORMS.forEach(channel -> simulators.simulator(channel).resetCallStats());

      long started = System.nanoTime();
      PlatformSimulators.PLATFORMS.forEach(channel -> shops.connect(admin, channel, "bench-push", QPS));
      Awaitility.await("every listing synced").atMost(PATIENCE).pollInterval(Duration.ofSeconds(2))
          .until(() -> progress(shops, listings) >= listings || shops.listings("FAILED") > 0);
      var elapsed = Duration.ofNanos(System.nanoTime() - started);
      assertThat(shops.listings("FAILED")).as("listings the platforms refused for good").isZero();
      assertThat(shops.listings("SYNCED")).as("listings synced").isEqualTo(listings);
      shops.assertEveryProductListedOnce();

      var rates = new ArrayList<Rate>();
      PlatformSimulators.PLATFORMS.forEach(channel -> rates.add(Rate.of(channel, simulators.simulator(channel))));
      String markdown = markdown(catalog, products, elapsed, rates, loadBefore);
      RunInfo.write(REPORT, markdown);
    }
  }

  private static long progress(SimulatedShops shops, long listings) {
    long synced = shops.listings("SYNCED");
    System.out.printf("%s synced %,d of %,d listings%n", Instant.now(), synced, listings);
    return synced;
  }

  /**
   * What one simulator let through. Steady: the seconds after the ramp-up up to the one before its last call (the last
   * second is only partly used), idle seconds inside that span counted as 0.
   */
  record Rate(Channel channel, long calls, long steadyCalls, long steadySeconds, Map<String, Long> byMethod, String timeline) {

    static Rate of(Channel channel, PlatformSimulator simulator) {
      Map<Long, Long> perSecond = simulator.callsPerSecond();
      long start = perSecond.keySet().stream().min(Long::compare).orElseThrow();
      long end = perSecond.keySet().stream().max(Long::compare).orElseThrow();
      long first = start + RAMP_SECONDS;
      long last = end - 1;
      long steady = perSecond.entrySet().stream().filter(e -> e.getKey() >= first && e.getKey() <= last)
          .mapToLong(Map.Entry::getValue).sum();
      long calls = perSecond.values().stream().mapToLong(Long::longValue).sum();
      return new Rate(channel, calls, steady, Math.max(0, last - first + 1), simulator.callCounts(), timeline(perSecond, start, end));
    }

    /** Calls in each second from the first to the last, runs of one count written once: "50×98" is 98 seconds at 50. */
    private static String timeline(Map<Long, Long> perSecond, long start, long end) {
      var out = new StringBuilder();
      long previous = -1;
      int run = 0;
      for (long second = start; second <= end + 1; second++) {
        long calls = second <= end ? perSecond.getOrDefault(second, 0L) : -1;
        if (calls != previous && run > 0) {
          out.append(run == 1 ? "%d ".formatted(previous) : "%d×%d ".formatted(previous, run));
          run = 0;
        }
        previous = calls;
        run++;
      }
      return out.toString().strip();
    }

    double steadyQps() {
      return steadySeconds == 0 ? 0 : (double) steadyCalls / steadySeconds;
    }
  }

  private static String markdown(CatalogGenerator.Catalog catalog, long products, Duration elapsed, List<Rate> rates,
      String loadBefore) {
    var out = new StringBuilder();
    out.append("# Listing push benchmark\n\n");
    out.append("Run of `%s`, finished %s UTC; load average %s before, %s after; %d CPUs.%n%n".formatted(RunInfo.revision(),
        Instant.now(), loadBefore, RunInfo.loadAverage(), Runtime.getRuntime().availableProcessors()));
    out.append("- %,d published products (%,d generated producers), one shop per simulator (its own app key), shop QPS = simulator QPS = %d%n"
        .formatted(products, catalog.producers(), QPS));
    out.append("- Sync workers: %s; ramp-up excluded: the first %d s of each simulator, and its last (partial) second%n"
        .formatted(System.getProperty("bench.sync-workers", "8"), RAMP_SECONDS));
    double seconds = elapsed.toMillis() / 1000.0;
    long listings = products * rates.size();
    out.append("- From connecting the four shops until every listing was SYNCED: %.1f s, %,d listings, %.1f listings/s%n%n"
        .formatted(seconds, listings, listings / seconds));
    out.append("| Platform | Calls | Calls per listing | Steady seconds | Achieved QPS | Allowed QPS | Achieved ÷ allowed | Over the whole run |\n");
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|\n");
    for (Rate rate : rates) {
      out.append("| %s | %,d | %.2f | %d | %.2f | %d | **%.3f** | %.3f |%n".formatted(rate.channel(), rate.calls(),
          (double) rate.calls() / products, rate.steadySeconds(), rate.steadyQps(), QPS, rate.steadyQps() / QPS,
          rate.calls() / seconds / QPS));
    }
    out.append("\nCalls by method: ");
    rates.forEach(rate -> out.append("%s %s; ".formatted(rate.channel(), rate.byMethod())));
    out.append("\n\nCalls per second, first to last:\n\n");
    rates.forEach(rate -> out.append("- %s: %s%n".formatted(rate.channel(), rate.timeline())));
    out.append("\nVerified: every published product on sale once on every simulator, 0 duplicate items, 0 failed listings.\n");
    return out.toString();
  }
}
