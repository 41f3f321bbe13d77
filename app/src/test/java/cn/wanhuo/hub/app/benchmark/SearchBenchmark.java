package cn.wanhuo.hub.app.benchmark;

import static cn.wanhuo.hub.app.benchmark.SearchReport.ENDPOINT;
import static cn.wanhuo.hub.app.benchmark.SearchReport.RAW;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.benchmark.ClosedLoop.Round;
import cn.wanhuo.hub.app.benchmark.SideSummary.Measured;
import cn.wanhuo.hub.marketplace.pavilion.ProductIndex;
import cn.wanhuo.hub.marketplace.pavilion.ProductIndexMaintenance;
import cn.wanhuo.hub.marketplace.pavilion.ProductSearch;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import jakarta.validation.Validator;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pavilion search endpoint (A) against the same query sent straight to Elasticsearch (B), in one run: a generated
 * catalog of 100,000 published products, a check that both sides answer every query of the mix with the same hits,
 * a warm-up, then at each concurrency measured closed-loop rounds alternating A B, B A, A B… with the same workers and
 * mix. It writes {@code target/benchmark/search.md} and fails only when a side answered wrongly or with errors, never
 * on timing. Run it with {@code ./hub bench} (docs/benchmarks.md); sizes come from {@code -Dbench.*} properties.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // The embedded MongoDB has no secondary indexes, so these periodic scans of 100,000 products would be an
    // artefact of the test database competing for the CPU; a production MongoDB answers them from an index.
    "wanhuo.search.outbox-poll=1h", "wanhuo.search.reconcile-initial-delay=1h", "wanhuo.search.reconcile-interval=1h",
    // As ./hub run does: the log (access lines included) goes to a file, not through the test's console.
    "logging.file.name=target/benchmark/hub.log", "logging.threshold.console=WARN"})
@ActiveProfiles("test")
@ExtendWith(WithoutTestReactorHooks.class)
class SearchBenchmark {

  private static final int PRODUCTS = Integer.getInteger("bench.products", 100_000);
  /** Workers per side, ascending: one for latency without queueing, then a load that keeps both CPUs busy. */
  private static final List<Integer> CONCURRENCY = Arrays.stream(System.getProperty("bench.workers", "1,8").split(","))
      .map(String::strip).map(Integer::valueOf).sorted().toList();
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
  private static final Duration ROUND = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
  private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 60));
  /** Keeps the generated index after the run, to profile its queries; otherwise it is dropped. */
  private static final boolean KEEP_INDEX = Boolean.getBoolean("bench.keep-index");
  private static final Path REPORT = Path.of("target/benchmark/search.md");

  @LocalServerPort int port;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired ProductIndexMaintenance maintenance;
  @Autowired ProductIndex index;
  @Autowired ProductSearch search;
  @Autowired ElasticsearchAsyncClient elasticsearch;
  @Autowired JsonMapper json;
  @Autowired Environment environment;
  @Autowired Validator validator;

  @Test
  void measuresTheSearchEndpointAgainstElasticsearchAlone() throws Exception {
    String loadBefore = loadAverage();
    URI elasticsearchUri = URI.create(environment.getRequiredProperty("spring.elasticsearch.uris").split(",")[0].strip());
    var probe = new ElasticsearchProbe(SearchSides.client(), elasticsearchUri, json);
    try {
      var catalog = new CatalogGenerator(mongo, maintenance, validator).fill(PRODUCTS);
      var sides = new SearchSides(port, elasticsearchUri, search, elasticsearch._jsonpMapper(), json);
      var mix = QueryMix.of(sides.secondPageCursor());
      var totals = sides.sameHits(mix);
      var requests = Map.of(ENDPOINT, sides.requests(ENDPOINT, mix), RAW, sides.requests(RAW, mix));
      for (String side : List.of(ENDPOINT, RAW)) {
        print(new ClosedLoop(sides.http(side), CONCURRENCY.getLast()).run(side, 0, requests.get(side), WARM_UP));
      }
      var measured = new ArrayList<Measured>();
      for (int workers : CONCURRENCY) {
        for (int round = 1; round <= ROUNDS; round++) {
          for (String side : order(round)) {
            long jvmCpu = processCpuNanos();
            long esCpu = probe.cpuMillis();
            var searches = probe.searches(index.alias());
            var result = print(new ClosedLoop(sides.http(side), workers).run(side, round, requests.get(side), ROUND));
            measured.add(new Measured(result, Duration.ofNanos(processCpuNanos() - jvmCpu), Duration.ofMillis(probe.cpuMillis() - esCpu),
                probe.searches(index.alias()).minus(searches)));
          }
        }
      }
      assertThat(measured).as("rounds without errors").allSatisfy(m -> assertThat(m.round().errors()).as(m.round().firstError()).isZero());
      assertThat(measured).as("rounds with answers").allSatisfy(m -> assertThat(m.round().latenciesNanos()).isNotEmpty());

      String order = String.join(" ", IntStream.rangeClosed(1, ROUNDS).boxed().flatMap(r -> order(r).stream()).toList());
      var setup = new SearchReport.Setup(Instant.now(), catalog, probe.indexSize(index.alias()), CONCURRENCY, ROUND, WARM_UP, order,
          probe.node(), loadBefore, loadAverage(), blockHoundInstalled(), revision(), totals);
      String markdown = SearchReport.markdown(setup, measured);
      Files.createDirectories(REPORT.getParent());
      Files.writeString(REPORT, markdown);
      System.out.println("\n" + markdown + "\nReport: " + REPORT.toAbsolutePath());
    } finally {
      if (KEEP_INDEX) {
        System.out.println("Index kept for profiling: " + index.alias());
      } else {
        probe.drop(index.alias());
      }
    }
  }

  /** A B, then B A, then A B…: a slow drift of the machine weighs on both sides alike. */
  private static List<String> order(int round) {
    return round % 2 == 1 ? List.of(ENDPOINT, RAW) : List.of(RAW, ENDPOINT);
  }

  private static Round print(Round round) {
    System.out.printf("Round %d %s, %d workers: %,d answers, %d errors, %.1f req/s%n", round.number(), round.side(), round.workers(),
        round.latenciesNanos().length, round.errors(), round.throughput());
    return round;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String loadAverage() {
    try {
      var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  /** The commit measured, "-dirty" when the working tree had changes. */
  private static String revision() {
    try {
      var git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
      String described = new String(git.getInputStream().readAllBytes()).strip();
      return git.waitFor() == 0 ? described : "unknown";
    } catch (Exception e) {
      return "unknown";
    }
  }

  /**
   * Whether BlockHound instruments this JVM: it is installed by its JUnit listener unless that listener is
   * deactivated, which the benchmark profile does because production runs without it.
   */
  private static boolean blockHoundInstalled() {
    return !System.getProperty("junit.platform.execution.listeners.deactivate", "").contains("BlockHound");
  }

}
