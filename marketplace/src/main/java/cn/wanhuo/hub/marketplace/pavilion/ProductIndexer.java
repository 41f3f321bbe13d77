package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductEvent;
import cn.wanhuo.hub.marketplace.catalog.ProductStatus;
import cn.wanhuo.hub.marketplace.catalog.Traceability;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.Producers;
import cn.wanhuo.hub.marketplace.regions.Region;
import cn.wanhuo.hub.marketplace.regions.Regions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Delivers the catalog's outbox to the search index. A product whose outbox holds events is indexed as it now is
 * (published → its document, anything else → deleted), then the delivered events are pulled from its outbox. A save
 * in this instance triggers delivery at once; a poll catches saves made by other instances and retries after an
 * Elasticsearch outage, so the backlog is indexed when it returns and nothing is lost. Delivery is idempotent
 * (external versions), so two instances delivering the same product is harmless.
 */
@Component
public class ProductIndexer {

  private static final Logger log = LoggerFactory.getLogger(ProductIndexer.class);
  private static final int BATCH = 200;

  private final ReactiveMongoTemplate mongo;
  private final Producers producers;
  private final Mono<Map<String, Region>> regions;
  private final ProductIndex index;
  private final PavilionCache cache;
  private final ObjectProvider<CampaignOffers> campaigns;
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  ProductIndexer(ReactiveMongoTemplate mongo, Producers producers, Regions regions, ProductIndex index, PavilionCache cache,
      ObjectProvider<CampaignOffers> campaigns) {
    this.cache = cache;
    this.campaigns = campaigns;
    this.mongo = mongo;
    this.producers = producers;
    this.regions = regions.findAll().collectMap(Region::code, Function.identity()).cache(Duration.ofMinutes(10));
    this.index = index;
  }

  @EventListener
  void onSave(AfterSaveEvent<?> saved) {
    if (saved.getSource() instanceof Product product && !product.outbox().isEmpty()) {
      nudge();
    }
  }

  @Scheduled(fixedDelayString = "${wanhuo.search.outbox-poll:5s}", initialDelayString = "${wanhuo.search.outbox-poll:5s}")
  void poll() {
    nudge();
  }

  /** Starts a delivery unless one is running, in which case that one goes round once more. */
  public void nudge() {
    again.set(true);
    if (draining.compareAndSet(false, true)) {
      drainWhileAsked().subscribe();
    }
  }

  private Mono<Void> drainWhileAsked() {
    again.set(false);
    return drain()
        .onErrorResume(e -> {
          log.warn("Search index not updated, will retry: {}", e.toString());
          return Mono.just(0);
        })
        .then(Mono.defer(() -> {
          draining.set(false);
          return again.get() && draining.compareAndSet(false, true) ? drainWhileAsked() : Mono.<Void>empty();
        }));
  }

  /** Delivers every product with pending events, batch by batch; answers how many products were delivered. */
  public Mono<Integer> drain() {
    return index.concreteIndices().flatMap(indices -> indices.isEmpty() ? Mono.just(0) : deliverBatches(indices, 0));
  }

  /**
   * Writes these products again as they are now, with their current campaigns, and evicts the pages showing them:
   * what promotions call when a campaign starts, ends or changes its goods. Unknown ids are skipped.
   */
  public Mono<Void> reindex(Collection<String> productIds) {
    if (productIds.isEmpty()) {
      return Mono.empty();
    }
    return index.concreteIndices().flatMap(indices -> mongo.find(Query.query(Criteria.where("_id").in(productIds)), Product.class)
        .buffer(BATCH)
        .concatMap(batch -> write(indices, batch).doOnSuccess(done -> cache.evictAfterIndexing(pagesShowing(batch)).subscribe()))
        .then());
  }

  /** How many products wait for delivery (the backlog an operator sees). */
  public Mono<Long> backlog() {
    return mongo.count(pending(), Product.class);
  }

  private Mono<Integer> deliverBatches(Set<String> indices, int delivered) {
    return mongo.find(pending().limit(BATCH), Product.class).collectList().flatMap(batch -> batch.isEmpty()
        ? Mono.just(delivered)
        : deliver(indices, batch).then(Mono.defer(() -> batch.size() < BATCH
            ? Mono.just(delivered + batch.size())
            : deliverBatches(indices, delivered + batch.size()))));
  }

  private Mono<Void> deliver(Set<String> indices, List<Product> batch) {
    return write(indices, batch)
        .then(Mono.defer(() -> {
          // The eviction waits a moment for the index refresh; nothing needs to wait for it.
          cache.evictAfterIndexing(pagesShowing(batch)).subscribe();
          return Flux.fromIterable(batch).concatMap(this::acknowledge).then();
        }));
  }

  /** The cached pages a change of these products shows on: their own, their producers', every prefecture's, home. */
  private List<String> pagesShowing(List<Product> batch) {
    var keys = new ArrayList<String>();
    keys.add("home");
    batch.forEach(p -> {
      keys.add("product:" + p.id());
      keys.add("producer:" + p.producerId());
      keys.add("prefecture:" + p.region().substring(0, 4) + "00");
    });
    return keys.stream().distinct().toList();
  }

  /** Writes the products as they are now: published ones as documents, the others as deletions. */
  Mono<Void> write(Set<String> indices, List<Product> batch) {
    LocalDate today = LocalDate.now(Traceability.ANHUI);
    var producerIds = batch.stream().map(Product::producerId).distinct().toList();
    var productIds = batch.stream().filter(p -> p.status() == ProductStatus.PUBLISHED).map(Product::id).toList();
    return Mono.zip(regions, producers.findAllById(producerIds).collectMap(Producer::id, Function.identity()),
            campaigns.getIfAvailable(() -> CampaignOffers.NONE).forProducts(productIds))
        .flatMap(lookups -> {
          var documents = new ArrayList<ProductDocument>();
          var deletions = new HashMap<String, Long>();
          for (Product product : batch) {
            if (product.status() == ProductStatus.PUBLISHED) {
              documents.add(ProductDocuments.of(product, lookups.getT2().get(product.producerId()), lookups.getT1(), today,
                  lookups.getT3().get(product.id())));
            } else {
              deletions.put(product.id(), product.version() == null ? 0 : product.version());
            }
          }
          return index.write(indices, documents, deletions);
        });
  }

  /**
   * Pulls the delivered events; events added since carry a later time and stay for the next round. The update names
   * the collection, not the entity, so the product's version does not move: the acknowledgement changes nothing a
   * producer edits, and a bumped version would make the next save from an editor opened earlier a stale-version
   * conflict and leave the index a version behind until the next reconcile.
   */
  private Mono<Void> acknowledge(Product product) {
    Instant last = product.outbox().stream().map(ProductEvent::at).max(Comparator.naturalOrder()).orElseThrow();
    return mongo.updateFirst(Query.query(Criteria.where("_id").is(product.id())),
            new Update().pull("outbox", new Document("at", new Document("$lte", Date.from(last)))), mongo.getCollectionName(Product.class))
        .then();
  }

  private static Query pending() {
    return Query.query(Criteria.where("outbox").ne(List.of()));
  }
}
