package cn.wanhuo.hub.app.benchmark;

import cn.wanhuo.hub.app.benchmark.ClosedLoop.Round;
import cn.wanhuo.hub.app.benchmark.ElasticsearchProbe.Searches;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One side's measured rounds at one concurrency taken together: every latency of every round sorted for percentiles
 * (nearest rank), throughput as answers per second of measured time, and what each process spent per answer.
 */
record SideSummary(String side, int workers, long requests, long errors, Duration elapsed, long[] sortedNanos, long responseBytes,
    Duration jvmCpu, Duration esCpu, Searches searches) {

  /**
   * A measured round with the CPU time the JVM (hub and load tool) and the Elasticsearch node used during it, and
   * the searches the benchmark's index ran with the time its shard spent on them.
   */
  record Measured(Round round, Duration jvmCpu, Duration esCpu, Searches searches) {}

  static SideSummary of(String side, int workers, List<Measured> rounds) {
    var mine = rounds.stream().filter(m -> m.round().side().equals(side) && m.round().workers() == workers).toList();
    long[] all = mine.stream().flatMapToLong(m -> Arrays.stream(m.round().latenciesNanos())).sorted().toArray();
    return new SideSummary(side, workers, all.length, mine.stream().mapToLong(m -> m.round().errors()).sum(),
        mine.stream().map(m -> m.round().elapsed()).reduce(Duration.ZERO, Duration::plus), all,
        mine.stream().mapToLong(m -> m.round().responseBytes()).sum(),
        mine.stream().map(Measured::jvmCpu).reduce(Duration.ZERO, Duration::plus),
        mine.stream().map(Measured::esCpu).reduce(Duration.ZERO, Duration::plus),
        new Searches(mine.stream().mapToLong(m -> m.searches().count()).sum(),
            mine.stream().map(m -> m.searches().time()).reduce(Duration.ZERO, Duration::plus)));
  }

  double throughput() {
    return requests / (elapsed.toNanos() / 1e9);
  }

  /** The latency in milliseconds below which {@code fraction} of the answers came (nearest rank). */
  double percentileMillis(double fraction) {
    return percentileMillis(sortedNanos, fraction);
  }

  static double percentileMillis(long[] sorted, double fraction) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
  }

  double meanMillis() {
    return Arrays.stream(sortedNanos).average().orElse(Double.NaN) / 1e6;
  }

  double meanKilobytes() {
    return perRequest(responseBytes / 1024.0);
  }

  double jvmCpuMillisPerRequest() {
    return perRequest(jvmCpu.toNanos() / 1e6);
  }

  double esCpuMillisPerRequest() {
    return perRequest(esCpu.toNanos() / 1e6);
  }

  /** Query and fetch time of the index's shard per search it ran: Elasticsearch's own work, the same on both sides. */
  double esSearchMillisPerSearch() {
    return searches.count() == 0 ? Double.NaN : searches.time().toNanos() / 1e6 / searches.count();
  }

  private double perRequest(double total) {
    return requests == 0 ? Double.NaN : total / requests;
  }
}
