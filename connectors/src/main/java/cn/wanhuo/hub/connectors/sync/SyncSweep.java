package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.shared.locks.ClusterLocks;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every sweep interval one instance (under a cluster lock) plans every product again: what saves on other instances,
 * a crash between a save and its planning, or quota sold meanwhile left unplanned is planned now.
 */
@Component
class SyncSweep {

  private static final Logger log = LoggerFactory.getLogger(SyncSweep.class);

  private final ClusterLocks locks;
  private final SyncPlanner planner;

  SyncSweep(ClusterLocks locks, SyncPlanner planner) {
    this.locks = locks;
    this.planner = planner;
  }

  @Scheduled(fixedDelayString = "${wanhuo.connectors.sync.sweep-interval:1m}", initialDelayString = "${wanhuo.connectors.sync.sweep-interval:1m}")
  void sweep() {
    locks.withLock("listing-sync-sweep", Duration.ofMinutes(10), planner.sweep().thenReturn(true))
        .subscribe(done -> {}, e -> log.warn("Listing sync sweep failed, the next one retries: {}", e.toString()));
  }
}
