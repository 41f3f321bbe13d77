package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductStatus;
import cn.wanhuo.hub.shared.locks.ClusterLocks;
import cn.wanhuo.hub.shared.seed.DemoSeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
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
 * Keeps the product index whole. A rebuild bulk-loads every published product from MongoDB into a new index while
 * the old one keeps serving, then swaps the alias in one action (the distribution we run has no {@code _reindex}).
 * Reconcile compares MongoDB with the index and repairs drift: missing, stale or extra documents; it runs after the
 * seeds and periodically, and rebuilds when the alias is gone (an Elasticsearch that lost its data).
 */
@Component
public class ProductIndexMaintenance implements DemoSeed {

  private static final Logger log = LoggerFactory.getLogger(ProductIndexMaintenance.class);
  private static final int PAGE = 500;

  /** What the last or current rebuild did. */
  public record RebuildStatus(boolean running, @Nullable String index, long indexed, @Nullable Instant startedAt,
      @Nullable Instant finishedAt, @Nullable String failure) {}

  /** What a reconcile found and repaired. */
  public record ReconcileReport(int missing, int stale, int extra, boolean rebuilt) {}

  private final ReactiveMongoTemplate mongo;
  private final ProductIndex index;
  private final ProductIndexer indexer;
  private final ClusterLocks locks;
  private final Clock clock = Clock.systemUTC();
  private final AtomicReference<RebuildStatus> rebuild = new AtomicReference<>(new RebuildStatus(false, null, 0, null, null, null));

  ProductIndexMaintenance(ReactiveMongoTemplate mongo, ProductIndex index, ProductIndexer indexer, ClusterLocks locks) {
    this.locks = locks;
    this.mongo = mongo;
    this.index = index;
    this.indexer = indexer;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public String name() {
    return "pavilion product index";
  }

  @Override
  public Mono<Long> load() {
    return locked(reconcile()).map(report -> (long) (report.missing() + report.stale() + report.extra())).defaultIfEmpty(0L);
  }

  @Scheduled(fixedDelayString = "${wanhuo.search.reconcile-interval:10m}", initialDelayString = "${wanhuo.search.reconcile-initial-delay:30s}")
  void scheduledReconcile() {
    locked(reconcile()).subscribe(
        report -> { if (report.missing() + report.stale() + report.extra() > 0 || report.rebuilt()) log.info("Search index reconciled: {}", report); },
        e -> log.warn("Search index not reconciled, will retry: {}", e.toString()));
  }

  /** Reconciles now, unless another instance is maintaining the index (then 409). */
  public Mono<ReconcileReport> reconcileNow() {
    return locked(reconcile()).switchIfEmpty(Mono.error(IndexMaintenanceBusy::new));
  }

  /** The work under the index family's cluster lock, so instances never rebuild or repair at the same time. */
  private <T> Mono<T> locked(Mono<T> work) {
    return locks.withLock(index.alias() + ":maintenance", Duration.ofMinutes(30), work);
  }

  public RebuildStatus rebuildStatus() {
    return rebuild.get();
  }

  /**
   * Starts a rebuild in the background unless one runs here; answers the status right after starting. Another
   * instance holding the maintenance lock makes this one skip the rebuild (logged).
   */
  public RebuildStatus startRebuild() {
    if (!rebuild.get().running()) {
      locked(rebuild()).switchIfEmpty(Mono.fromRunnable(() -> log.info("Rebuild skipped: another instance maintains the index")))
          .subscribe(count -> {}, e -> log.error("Search index rebuild failed", e));
    }
    return rebuild.get();
  }

  /** Builds a fresh index from MongoDB and swaps the alias to it; answers how many products it holds. */
  public Mono<Long> rebuild() {
    return Mono.defer(() -> {
      var current = rebuild.get();
      if (current.running() || !rebuild.compareAndSet(current, new RebuildStatus(true, null, 0, clock.instant(), null, null))) {
        return Mono.error(new IllegalStateException("A rebuild is already running"));
      }
      Instant started = rebuild.get().startedAt();
      return index.createConcrete()
          .flatMap(fresh -> {
            rebuild.set(new RebuildStatus(true, fresh, 0, started, null, null));
            return mongo.find(published().with(Sort.by("_id")), Product.class)
                .buffer(PAGE)
                .concatMap(page -> indexer.write(Set.of(fresh), page).thenReturn(page.size()))
                .reduce(0L, (sum, size) -> {
                  rebuild.set(new RebuildStatus(true, fresh, sum + size, started, null, null));
                  return sum + size;
                })
                .flatMap(count -> index.swapTo(fresh).thenReturn(count))
                .doOnNext(count -> rebuild.set(new RebuildStatus(false, fresh, count, started, clock.instant(), null)));
          })
          .doOnError(e -> rebuild.set(new RebuildStatus(false, rebuild.get().index(), rebuild.get().indexed(), started, clock.instant(),
              e.getMessage())));
    });
  }

  /** Repairs drift between MongoDB and the index; rebuilds when there is no index or it has an older mapping. */
  public Mono<ReconcileReport> reconcile() {
    return index.exists()
        .flatMap(exists -> exists ? index.current() : Mono.just(false))
        .flatMap(current -> current ? repair() : rebuild().thenReturn(new ReconcileReport(0, 0, 0, true)));
  }

  private Mono<ReconcileReport> repair() {
    var versions = new Query(Criteria.where("status").is(ProductStatus.PUBLISHED.name()));
    versions.fields().include("_id", "version");
    return Mono.zip(mongo.find(versions, Document.class, mongo.getCollectionName(Product.class))
                .collectMap(d -> d.get("_id").toString(), d -> d.get("version") instanceof Number n ? n.longValue() : 0L, HashMap::new),
            index.indexedVersions())
        .flatMap(both -> {
          Map<String, Long> truth = both.getT1();
          Map<String, Long> indexed = both.getT2();
          Set<String> missing = new HashSet<>(truth.keySet());
          missing.removeAll(indexed.keySet());
          Set<String> stale = new HashSet<>();
          truth.forEach((id, version) -> { if (indexed.containsKey(id) && !indexed.get(id).equals(version)) stale.add(id); });
          Set<String> extra = new HashSet<>(indexed.keySet());
          extra.removeAll(truth.keySet());
          var report = new ReconcileReport(missing.size(), stale.size(), extra.size(), false);
          var toIndex = new HashSet<>(missing);
          toIndex.addAll(stale);
          return index.concreteIndices()
              .flatMap(indices -> mongo.find(Query.query(Criteria.where("_id").in(toIndex)), Product.class).buffer(PAGE)
                  .concatMap(page -> indexer.write(indices, page))
                  .then(extra.isEmpty() ? Mono.empty() : deleteExtra(indices, extra)))
              .thenReturn(report);
        });
  }

  /** Documents of products that are no longer published (or no longer exist) go, whatever their version. */
  private Mono<Void> deleteExtra(Set<String> indices, Set<String> ids) {
    return mongo.find(Query.query(Criteria.where("_id").in(ids)), Product.class).collectMap(Product::id, p -> p.version() == null ? 0L : p.version())
        .flatMap(known -> {
          Map<String, Long> deletions = new HashMap<>();
          // A product gone from MongoDB has no version to compare; a very large external version deletes it for good.
          ids.forEach(id -> deletions.put(id, known.containsKey(id) ? known.get(id) : Long.MAX_VALUE / 2));
          return index.write(indices, List.of(), deletions);
        });
  }

  private static Query published() {
    return Query.query(Criteria.where("status").is(ProductStatus.PUBLISHED));
  }
}
