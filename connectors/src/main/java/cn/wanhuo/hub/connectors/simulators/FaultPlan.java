package cn.wanhuo.hub.connectors.simulators;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Which faults the next calls get: a count of next calls per kind (served first, in declaration order) and an
 * independent rate per kind. Thread-safe.
 */
final class FaultPlan {

  private final Map<Fault, Double> rates = new EnumMap<>(Fault.class);
  private final Map<Fault, Integer> pending = new EnumMap<>(Fault.class);
  private final Map<Fault, Long> injected = new EnumMap<>(Fault.class);
  /** Counted faults for one API method only: the next calls of that method, whatever else is called meanwhile. */
  private final List<Scoped> scoped = new ArrayList<>();
  private final Random random;

  FaultPlan(long seed) {
    this.random = new Random(seed);
  }

  synchronized void rate(Fault fault, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("A fault rate is between 0 and 1, not " + rate);
    }
    rates.put(fault, rate);
  }

  synchronized void next(Fault fault, int calls) {
    if (calls < 0) {
      throw new IllegalArgumentException("A count of calls is not negative: " + calls);
    }
    pending.put(fault, calls);
  }

  synchronized void nextOf(String method, Fault fault, int calls) {
    if (calls < 0) {
      throw new IllegalArgumentException("A count of calls is not negative: " + calls);
    }
    scoped.add(new Scoped(method, fault, calls));
  }

  synchronized void clear() {
    rates.clear();
    pending.clear();
    scoped.clear();
  }

  /** The fault for the call being served (of {@code method}), if any, counted as injected. */
  synchronized Optional<Fault> draw(String method) {
    for (Scoped next : scoped) {
      if (next.method.equals(method) && next.left > 0) {
        next.left--;
        return Optional.of(count(next.fault));
      }
    }
    for (Fault fault : Fault.values()) {
      int left = pending.getOrDefault(fault, 0);
      if (left > 0) {
        pending.put(fault, left - 1);
        return Optional.of(count(fault));
      }
    }
    for (Fault fault : Fault.values()) {
      double rate = rates.getOrDefault(fault, 0.0);
      if (rate > 0 && random.nextDouble() < rate) {
        return Optional.of(count(fault));
      }
    }
    return Optional.empty();
  }

  private Fault count(Fault fault) {
    injected.merge(fault, 1L, Long::sum);
    return fault;
  }

  synchronized Map<Fault, Double> rates() {
    return Map.copyOf(rates);
  }

  synchronized Map<Fault, Integer> pending() {
    return Map.copyOf(pending);
  }

  synchronized Map<Fault, Long> injected() {
    return Map.copyOf(injected);
  }

  private static final class Scoped {
    final String method;
    final Fault fault;
    int left;

    Scoped(String method, Fault fault, int left) {
      this.method = method;
      this.fault = fault;
      this.left = left;
    }
  }
}
