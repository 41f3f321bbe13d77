package cn.wanhuo.hub.connectors.sync;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Runs this instance's pushers: up to {@code workers} of them drain due listings until none is left. Planning here nudges
 * them at once; a poll finds work planned elsewhere, retries that came due and leases that expired.
 */
@Component
public class SyncWorkers {

  private static final Logger log = LoggerFactory.getLogger(SyncWorkers.class);

  private final ListingPusher pusher;
  private final Semaphore idle;
  private final AtomicBoolean again = new AtomicBoolean();

  SyncWorkers(ListingPusher pusher, SyncSettings settings) {
    this.pusher = pusher;
    this.idle = new Semaphore(Math.max(1, settings.workers()));
  }

  @Scheduled(fixedDelayString = "${wanhuo.connectors.sync.poll:2s}", initialDelayString = "${wanhuo.connectors.sync.poll:2s}")
  void poll() {
    nudge();
  }

  /**
   * Starts a drain on every idle worker. Workers are independent, so one stuck on a slow platform never holds the
   * others back; a nudge while all are busy makes the first to finish look again.
   */
  public void nudge() {
    again.set(true);
    while (idle.tryAcquire()) {
      again.set(false);
      drain().doFinally(signal -> {
        idle.release();
        if (again.get()) {
          nudge();
        }
      }).subscribe();
    }
  }

  private Mono<Void> drain() {
    return Mono.defer(pusher::pushOne).repeat().takeWhile(pushed -> pushed).then()
        .onErrorResume(e -> {
          // Only the next poll restarts a failed worker: restarting at once would spin while MongoDB is away (or
          // closing at shutdown), writing this line thousands of times a second.
          again.set(false);
          log.warn("Listing sync worker stopped, the next poll restarts it: {}", e.toString());
          return Mono.empty();
        });
  }
}
