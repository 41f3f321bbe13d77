package cn.wanhuo.hub.connectors.simulators;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each app key's QPS as a sliding one-second window of the calls it let through (refused calls do not count, as
 * with a token bucket), and what was achieved: calls let through per wall-clock second. Thread-safe.
 */
final class CallLimiter {

  private static final long SECOND_NANOS = 1_000_000_000L;
  private static final int SECONDS_KEPT = 3600;

  private final Map<String, ArrayDeque<Long>> windows = new HashMap<>();
  private final TreeMap<Long, Long> perSecond = new TreeMap<>();
  private int qps;
  private long admitted;
  private long firstNanos;
  private long lastNanos;

  CallLimiter(int qps) {
    this.qps = qps;
  }

  synchronized void qps(int qps) {
    this.qps = qps;
    windows.clear();
  }

  synchronized int qps() {
    return qps;
  }

  /** Lets the call through and counts it, or refuses it when the app key used its QPS in the last second. */
  synchronized boolean tryAcquire(String appKey, long nanos, long epochSecond) {
    if (qps > 0) {
      ArrayDeque<Long> window = windows.computeIfAbsent(appKey, key -> new ArrayDeque<>());
      while (!window.isEmpty() && nanos - window.peekFirst() >= SECOND_NANOS) {
        window.pollFirst();
      }
      if (window.size() >= qps) {
        return false;
      }
      window.addLast(nanos);
    }
    if (admitted++ == 0) {
      firstNanos = nanos;
    }
    lastNanos = nanos;
    perSecond.merge(epochSecond, 1L, Long::sum);
    if (perSecond.size() > SECONDS_KEPT) {
      perSecond.pollFirstEntry();
    }
    return true;
  }

  synchronized void reset() {
    perSecond.clear();
    admitted = 0;
  }

  /** Calls let through per second between the first and the last since the last reset; 0 before two calls. */
  synchronized double achievedQps() {
    if (admitted < 2 || lastNanos == firstNanos) {
      return 0;
    }
    return (admitted - 1) * (double) SECOND_NANOS / (lastNanos - firstNanos);
  }

  synchronized long admitted() {
    return admitted;
  }

  synchronized Map<Long, Long> perSecond() {
    return new TreeMap<>(perSecond);
  }
}
