package cn.wanhuo.hub.app.benchmark;

import cn.wanhuo.hub.app.benchmark.CatalogGenerator.Catalog;
import cn.wanhuo.hub.app.benchmark.ElasticsearchProbe.Node;
import cn.wanhuo.hub.app.benchmark.QueryMix.Query;
import cn.wanhuo.hub.app.benchmark.SideSummary.Measured;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** The benchmark's figures as Markdown: the set-up, both sides per concurrency, the ratios and targets, every round, the mix. */
final class SearchReport {

  static final String ENDPOINT = "A";
  static final String RAW = "B";
  static final double P99_TARGET = 1.25;
  static final double THROUGHPUT_TARGET = 0.8;

  /** How the run was set up and what it ran on. */
  record Setup(Instant at, Catalog catalog, long[] index, List<Integer> concurrency, Duration round, Duration warmUp, String order,
      Node elasticsearch, String loadAverageBefore, String loadAverageAfter, boolean blockHound, String revision,
      Map<Query, Long> totals) {}

  private SearchReport() {}

  static String markdown(Setup setup, List<Measured> rounds) {
    var runtime = Runtime.getRuntime();
    var out = new StringBuilder("# Pavilion search benchmark\n\n");
    line(out, "Run %s of commit %s. Catalog: %,d published products (%,d generated producers); written to MongoDB in %d s, indexed in %d s; "
            + "index %,d documents, %.0f MB.", setup.at().truncatedTo(ChronoUnit.SECONDS), setup.revision(), setup.catalog().published(),
        setup.catalog().producers(), setup.catalog().written().toSeconds(), setup.catalog().indexed().toSeconds(), setup.index()[0],
        setup.index()[1] / 1e6);
    line(out, "Side A: the hub's `GET /api/pavilion/search` over HTTP. Side B: the identical request body `POST /<alias>/_search"
        + "?typed_keys=true` straight to Elasticsearch. Same load tool, workers and %d-query mix for both.", setup.totals().size());
    line(out, "Load: closed-loop workers (virtual threads, JDK HttpClient, HTTP/1.1 keep-alive) at %s; warm-up %d s per side; "
            + "at each concurrency measured rounds of %d s in the order %s.", setup.concurrency(), setup.warmUp().toSeconds(),
        setup.round().toSeconds(), setup.order());
    line(out, "Machine: %d CPUs (%s %s); one JVM %s (max heap %d MB) holds the hub, its in-memory MongoDB and the load tool; "
            + "Elasticsearch %s (heap %d MB) on the same machine; BlockHound %s; load average before %s, after %s.",
        runtime.availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
        runtime.maxMemory() >> 20, setup.elasticsearch().version(), setup.elasticsearch().heapBytes() >> 20,
        setup.blockHound() ? "on" : "off", setup.loadAverageBefore(), setup.loadAverageAfter());
    out.append("\n| Workers | Side | Answers | req/s | p50 (ms) | p90 (ms) | p99 (ms) | Max (ms) | Mean (ms) | Body (KB) "
        + "| JVM CPU (ms/req) | ES search (ms) | ES node CPU (ms/req) |\n|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (int workers : setup.concurrency()) {
      side(out, "A: hub endpoint", SideSummary.of(ENDPOINT, workers, rounds));
      side(out, "B: Elasticsearch", SideSummary.of(RAW, workers, rounds));
    }
    out.append("\n| Workers | p99 A / B (target ≤ ").append(P99_TARGET).append(") | throughput A / B (target ≥ ").append(THROUGHPUT_TARGET)
        .append(") | p50 A / B | Targets met |\n|--:|--:|--:|--:|---|\n");
    for (int workers : setup.concurrency()) {
      var a = SideSummary.of(ENDPOINT, workers, rounds);
      var b = SideSummary.of(RAW, workers, rounds);
      double p99 = a.percentileMillis(0.99) / b.percentileMillis(0.99);
      double throughput = a.throughput() / b.throughput();
      out.append(format("| %d | %.2f | %.2f | %.2f | %s |\n", workers, p99, throughput, a.percentileMillis(0.5) / b.percentileMillis(0.5),
          p99 <= P99_TARGET && throughput >= THROUGHPUT_TARGET ? "yes" : "**no**"
              + (p99 > P99_TARGET ? " (p99)" : "") + (throughput < THROUGHPUT_TARGET ? " (throughput)" : "")));
    }
    out.append("""

        JVM CPU: the test JVM during the rounds; on side B that is the load tool alone, so A minus B is the hub's own CPU per \
        search. ES search: query + fetch time of the benchmark index's shard per search, Elasticsearch's own work. ES node \
        CPU: everything the Elasticsearch node did meanwhile, other clients of a shared node included.
        """);
    out.append("\n## Rounds\n\n| Workers | Round | Side | Answers | Errors | req/s | p50 (ms) | p99 (ms) | JVM CPU (s) | ES node CPU (s) |\n"
        + "|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|\n");
    for (Measured m : rounds) {
      long[] sorted = m.round().latenciesNanos().clone();
      Arrays.sort(sorted);
      out.append(format("| %d | %d | %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |\n", m.round().workers(), m.round().number(),
          m.round().side(), sorted.length, m.round().errors(), m.round().throughput(), SideSummary.percentileMillis(sorted, 0.5),
          SideSummary.percentileMillis(sorted, 0.99), m.jvmCpu().toMillis() / 1e3, m.esCpu().toMillis() / 1e3));
    }
    queries(out, setup, rounds);
    return out.toString();
  }

  /** Per query at the lowest concurrency, where nothing queues: what Elasticsearch takes and what the hub adds. */
  private static void queries(StringBuilder out, Setup setup, List<Measured> rounds) {
    int workers = setup.concurrency().getFirst();
    out.append(format("%n## Query mix%n%nLatencies per query at %d worker(s), all rounds of that concurrency.%n%n", workers))
        .append("| # | Query | Parameters | Hits | B p50 (ms) | A p50 (ms) | A − B p50 (ms) | B p90 (ms) | A p90 (ms) |\n")
        .append("|--:|---|---|--:|--:|--:|--:|--:|--:|\n");
    int i = 0;
    for (var entry : setup.totals().entrySet()) {
      long[] a = latencies(rounds, ENDPOINT, workers, i);
      long[] b = latencies(rounds, RAW, workers, i);
      double a50 = SideSummary.percentileMillis(a, 0.5);
      double b50 = SideSummary.percentileMillis(b, 0.5);
      out.append(format("| %d | %s | `%s` | %,d | %.1f | %.1f | %+.1f | %.1f | %.1f |\n", ++i, entry.getKey().label(), entry.getKey().readable(),
          entry.getValue(), b50, a50, a50 - b50, SideSummary.percentileMillis(b, 0.9), SideSummary.percentileMillis(a, 0.9)));
    }
  }

  private static long[] latencies(List<Measured> rounds, String side, int workers, int query) {
    return rounds.stream().map(Measured::round).filter(r -> r.side().equals(side) && r.workers() == workers)
        .flatMapToLong(r -> IntStream.range(0, r.queries().length).filter(k -> r.queries()[k] == query).mapToLong(k -> r.latenciesNanos()[k]))
        .sorted().toArray();
  }

  private static void side(StringBuilder out, String name, SideSummary s) {
    out.append(format("| %d | %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |\n", s.workers(), name,
        s.requests(), s.throughput(), s.percentileMillis(0.5), s.percentileMillis(0.9), s.percentileMillis(0.99), s.percentileMillis(1),
        s.meanMillis(), s.meanKilobytes(), s.jvmCpuMillisPerRequest(), s.esSearchMillisPerSearch(), s.esCpuMillisPerRequest()));
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append("- ").append(format(format, args)).append("\n");
  }

  private static String format(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
