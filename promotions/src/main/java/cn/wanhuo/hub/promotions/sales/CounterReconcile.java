package cn.wanhuo.hub.promotions.sales;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import cn.wanhuo.hub.shared.locks.ClusterLocks;
import java.time.Duration;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Rebuilds the counters of campaigns whose Redis data was lost (a Redis restarted without persistence, a flush).
 * Redis keeps one field per line it has counted, so it holds at least as many as the ledger has lines marked counted;
 * fewer means data went missing, and the campaign is rebuilt from the ledger.
 */
@Component
public class CounterReconcile {

  private static final Logger log = LoggerFactory.getLogger(CounterReconcile.class);

  private final ReactiveMongoTemplate mongo;
  private final SalesCounters counters;
  private final ClusterLocks locks;

  CounterReconcile(ReactiveMongoTemplate mongo, SalesCounters counters, ClusterLocks locks) {
    this.mongo = mongo;
    this.counters = counters;
    this.locks = locks;
  }

  @Scheduled(fixedDelayString = "${wanhuo.sales.reconcile-interval:10m}", initialDelayString = "${wanhuo.sales.reconcile-delay:1m}")
  void scheduled() {
    locks.withLock("sales-counter-reconcile", Duration.ofMinutes(30), reconcile())
        .subscribe(rebuilt -> {
          if (rebuilt > 0) {
            log.warn("Rebuilt the sales counters of {} campaigns whose Redis data was missing", rebuilt);
          }
        }, e -> log.warn("Sales counter reconcile failed, will retry: {}", e.toString()));
  }

  /** Rebuilds every campaign whose counters miss lines; answers how many were rebuilt. */
  public Mono<Long> reconcile() {
    var applied = newAggregation(match(Criteria.where("attribution.campaignId").ne(null).and("pending").is(false)),
        group("attribution.campaignId").count().as("lines"));
    return mongo.aggregate(applied, "sales_ledger", Document.class)
        .concatMap(row -> {
          String campaignId = row.get("_id").toString();
          long lines = ((Number) row.get("lines")).longValue();
          return counters.linesCounted(campaignId)
              .filter(counted -> counted < lines)
              .flatMap(counted -> counters.rebuild(campaignId).thenReturn(campaignId));
        })
        .count();
  }
}
