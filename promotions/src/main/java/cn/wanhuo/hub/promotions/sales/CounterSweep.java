package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.shared.locks.ClusterLocks;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts ledger entries still marked pending: those whose instance died between the ledger write and the counters, or
 * that met Redis away. Runs periodically under a cluster lock so instances do not repeat each other's work (repeating
 * would be harmless: applying is idempotent per line and revision).
 */
@Component
public class CounterSweep {

  private static final Logger log = LoggerFactory.getLogger(CounterSweep.class);
  private static final int BATCH = 1_000;

  private final ReactiveMongoTemplate mongo;
  private final SalesCounters counters;
  private final ClusterLocks locks;

  CounterSweep(ReactiveMongoTemplate mongo, SalesCounters counters, ClusterLocks locks) {
    this.mongo = mongo;
    this.counters = counters;
    this.locks = locks;
  }

  @Scheduled(fixedDelayString = "${wanhuo.sales.sweep-interval:5s}", initialDelayString = "${wanhuo.sales.sweep-interval:5s}")
  void scheduled() {
    locks.withLock("sales-counter-sweep", Duration.ofMinutes(5), sweep())
        .subscribe(applied -> {
          if (applied > 0) {
            log.info("Counted {} pending sales ledger entries", applied);
          }
        }, e -> log.warn("Sales counter sweep failed, will retry: {}", e.toString()));
  }

  /** Applies up to a batch of pending entries, oldest first, and answers how many. */
  public Mono<Long> sweep() {
    var pending = Query.query(Criteria.where("pending").is(true)).with(Sort.by("recordedAt")).limit(BATCH);
    return mongo.find(pending, LedgerEntry.class).concatMap(entry -> counters.apply(entry).thenReturn(entry)).count();
  }
}
