package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.connectors.channels.ChannelAccount;
import cn.wanhuo.hub.connectors.channels.ChannelAccounts;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Runs this instance's pushers: for every active shop, up to {@code workers} of them drain its due listings until none
 * is left. Each shop has its own: a shared pool ends up with every worker waiting for the call permits of the shop
 * whose listings cost the most calls, while the other shops' limits go unused. Planning here nudges them at once; a
 * poll finds work planned elsewhere, retries that came due, leases that expired and shops authorised again.
 */
@Component
public class SyncWorkers {

  private static final Logger log = LoggerFactory.getLogger(SyncWorkers.class);

  private final ListingPusher pusher;
  private final ChannelAccounts accounts;
  private final int workersPerShop;
  private final Map<String, ShopWorkers> shops = new ConcurrentHashMap<>();
  /** Nudges not yet answered by a read of the active shops. */
  private final AtomicInteger nudges = new AtomicInteger();

  SyncWorkers(ListingPusher pusher, ChannelAccounts accounts, SyncSettings settings) {
    this.pusher = pusher;
    this.accounts = accounts;
    this.workersPerShop = Math.max(1, settings.workers());
  }

  /** One shop's workers: how many are idle, and whether a nudge came while none was. */
  private final class ShopWorkers {
    final String accountId;
    final Semaphore idle = new Semaphore(workersPerShop);
    final AtomicBoolean again = new AtomicBoolean();

    ShopWorkers(String accountId) {
      this.accountId = accountId;
    }

    /**
     * Starts a drain on every idle worker. Workers are independent, so one stuck on a slow call never holds the
     * others back; a nudge while all are busy makes the first to finish look again.
     */
    void nudge() {
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
      return Mono.defer(() -> pusher.pushOne(accountId)).repeat().takeWhile(pushed -> pushed).then()
          .onErrorResume(e -> {
            // Only the next poll restarts a failed worker: restarting at once would spin while MongoDB is away (or
            // closing at shutdown), writing this line thousands of times a second.
            again.set(false);
            log.warn("Listing sync worker of shop {} stopped, the next poll restarts it: {}", accountId, e.toString());
            return Mono.empty();
          });
    }
  }

  @Scheduled(fixedDelayString = "${wanhuo.connectors.sync.poll:2s}", initialDelayString = "${wanhuo.connectors.sync.poll:2s}")
  void poll() {
    nudge();
  }

  /**
   * Starts idle workers of every active shop. Nudges that come while the active shops are being read (planning nudges
   * once per product) are answered together by one more read when it is done.
   */
  public void nudge() {
    if (nudges.getAndIncrement() == 0) {
      startActiveShops();
    }
  }

  private void startActiveShops() {
    int answered = nudges.get();
    accounts.active().map(ChannelAccount::id).collectList()
        .doFinally(signal -> {
          if (nudges.addAndGet(-answered) > 0) {
            startActiveShops();
          }
        })
        .subscribe(active -> {
          // A shop no longer active loses its entry; its workers stop by themselves (its listings are left untouched).
          shops.keySet().retainAll(new HashSet<>(active));
          active.forEach(accountId -> shops.computeIfAbsent(accountId, ShopWorkers::new).nudge());
        }, e -> log.warn("Could not read the active shops to start their sync workers, the next poll tries again: {}", e.toString()));
  }
}
