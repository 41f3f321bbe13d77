package cn.wanhuo.hub.connectors.simulators;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a simulator's order generator once a second on its own daemon thread while generation is on. */
final class OrderTicker {

  private static final Logger log = LoggerFactory.getLogger(OrderTicker.class);
  private static final Duration TICK = Duration.ofSeconds(1);

  private final PlatformSimulator simulator;
  private final Duration statusStep;
  private @Nullable ScheduledExecutorService executor;
  private volatile double ordersPerMinute;

  OrderTicker(PlatformSimulator simulator, Duration statusStep) {
    this.simulator = simulator;
    this.statusStep = statusStep;
  }

  synchronized void start(double ordersPerMinute) {
    if (!(ordersPerMinute > 0)) {
      throw new IllegalArgumentException("Orders per minute must be above 0, not " + ordersPerMinute);
    }
    this.ordersPerMinute = ordersPerMinute;
    if (executor == null) {
      executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
          .name("simulator-orders-" + simulator.channel().name().toLowerCase(Locale.ROOT)).factory());
      executor.scheduleAtFixedRate(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  synchronized void stop() {
    ordersPerMinute = 0;
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  double ordersPerMinute() {
    return ordersPerMinute;
  }

  private void tick() {
    try {
      simulator.tick(Instant.now(), TICK, ordersPerMinute, statusStep);
    } catch (RuntimeException e) {
      // A failed step must not end the schedule; the next second tries again.
      log.warn("Order generation step failed on {}", simulator.channel(), e);
    }
  }
}
