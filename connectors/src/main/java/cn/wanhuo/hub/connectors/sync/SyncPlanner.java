package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.connectors.channels.AccountStatus;
import cn.wanhuo.hub.connectors.channels.ChannelAccount;
import cn.wanhuo.hub.connectors.channels.ChannelAccountChanged;
import cn.wanhuo.hub.connectors.channels.ChannelAccounts;
import cn.wanhuo.hub.connectors.listings.ListingOverrideChanged;
import cn.wanhuo.hub.connectors.listings.ListingTemplateChanged;
import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductStatus;
import cn.wanhuo.hub.marketplace.catalog.Products;
import cn.wanhuo.hub.promotions.campaigns.CampaignSoldChanged;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Recomputes what each shop should show of a product and records it, marking the listing PENDING only when that
 * differs from what the platform last confirmed. The product document is the truth: planning runs at once after a
 * product is saved here, when a campaign, template, override or shop changes, and in a periodic sweep that catches
 * changes saved by other instances or while this one was down.
 */
@Component
public class SyncPlanner {

  private static final Logger log = LoggerFactory.getLogger(SyncPlanner.class);
  /** Products planned together: their overrides, offers and listings are read in one query each. */
  private static final int BATCH = 100;

  private final ReactiveMongoTemplate mongo;
  private final Products products;
  private final ChannelAccounts accounts;
  private final DesiredListings desired;
  private final SyncWorkers workers;
  private final Clock clock = Clock.systemUTC();

  SyncPlanner(ReactiveMongoTemplate mongo, Products products, ChannelAccounts accounts, DesiredListings desired, SyncWorkers workers) {
    this.mongo = mongo;
    this.products = products;
    this.accounts = accounts;
    this.desired = desired;
    this.workers = workers;
  }

  @EventListener
  void onSave(AfterSaveEvent<?> saved) {
    if (saved.getSource() instanceof Product product) {
      inBackground(accounts.enabled().collectList().flatMap(shops -> plan(List.of(product), shops)), "product " + product.id());
    }
  }

  @EventListener
  void onShopChanged(ChannelAccountChanged changed) {
    if (changed.status() == AccountStatus.ACTIVE) {
      // Only this shop's listings can differ from their plan; the other shops' stand.
      inBackground(accounts.get(changed.accountId()).flatMap(shop -> sweep(List.of(shop))), "shop " + changed.accountId());
    }
  }

  @EventListener
  void onTemplateChanged(ListingTemplateChanged changed) {
    inBackground(accounts.enabled().collectList().flatMap(shops -> inBatches(products(Criteria.where("content.category").is(changed.category())), shops)),
        "template " + changed.channel() + "/" + changed.category());
  }

  @EventListener
  void onOverrideChanged(ListingOverrideChanged changed) {
    inBackground(planAll(List.of(changed.productId())), "override of " + changed.productId());
  }

  /** Sales used up part of a campaign quota: the platforms' campaign stock shrinks with it. */
  @EventListener
  void onSoldChanged(CampaignSoldChanged changed) {
    inBackground(planAll(changed.productIds()), "campaign sales of " + changed.productIds());
  }

  /** Plans the products with these ids on every enabled shop. */
  public Mono<Void> planAll(Collection<String> productIds) {
    return accounts.enabled().collectList()
        .flatMap(shops -> inBatches(products.findAllById(productIds), shops));
  }

  /** Plans every published product, and every product a shop still lists or was asked to delist. */
  public Mono<Void> sweep() {
    return accounts.enabled().collectList().flatMap(this::sweep);
  }

  /** Plans every published product on these shops, and every product they still list or were asked to delist. */
  private Mono<Void> sweep(List<ChannelAccount> shops) {
    if (shops.isEmpty()) {
      return Mono.empty();
    }
    var shopIds = shops.stream().map(ChannelAccount::id).toList();
    return mongo.findDistinct(Query.query(Criteria.where("accountId").in(shopIds)), "productId", ListingSync.class, String.class)
        .collectList()
        .flatMap(known -> inBatches(products(new Criteria().orOperator(Criteria.where("status").is(ProductStatus.PUBLISHED),
            Criteria.where("_id").in(known))), shops));
  }

  private Flux<Product> products(Criteria criteria) {
    return mongo.find(Query.query(criteria), Product.class);
  }

  /**
   * Plans products a batch at a time, two batches in flight: planning one listing at a time waited on a handful of
   * MongoDB round trips each, and a newly connected shop's listings reached its workers more slowly than its rate
   * limit let them be pushed.
   */
  private Mono<Void> inBatches(Flux<Product> products, List<ChannelAccount> shops) {
    return products.buffer(BATCH).flatMap(batch -> plan(batch, shops), 2).then();
  }

  /**
   * Plans the products on the shops: what each should show, read for all of them at once; the listings already there,
   * read at once; new listings inserted at once. A listing another planner inserted or changed meanwhile is planned
   * again on its own, reading it afresh.
   */
  Mono<Void> plan(List<Product> products, List<ChannelAccount> shops) {
    return desired.of(products, shops).flatMap(wanted -> mongo.find(Query.query(Criteria.where("_id").in(wanted.keySet())), ListingSync.class)
            .collectMap(ListingSync::id)
            .flatMap(existing -> {
              var fresh = new ArrayList<Planned>();
              var changes = new ArrayList<Mono<Boolean>>();
              for (Product product : products) {
                for (ChannelAccount shop : shops) {
                  String id = ListingSync.idOf(shop.id(), Objects.requireNonNull(product.id()));
                  var planned = new Planned(shop, product, wanted.get(id));
                  ListingSync known = existing.get(id);
                  if (known != null) {
                    changes.add(changed(known, product, planned.wanted())
                        .onErrorResume(Raced.class, raced -> record(planned.shop(), planned.product(), planned.wanted())));
                  } else if (!planned.wanted().offSale()) {
                    fresh.add(planned);
                  }
                }
              }
              return Flux.merge(Flux.fromIterable(changes), 8).concatWith(inserted(fresh)).reduce(false, (any, pending) -> any || pending);
            }))
        .doOnNext(anyPending -> {
          if (anyPending) {
            workers.nudge();
          }
        })
        .then();
  }

  /** One product on one shop, and what it should show there. */
  private record Planned(ChannelAccount shop, Product product, Desired wanted) {}

  /** Inserts the new listings in one write; if another planner inserted one of them meanwhile, plans each on its own. */
  private Mono<Boolean> inserted(List<Planned> fresh) {
    if (fresh.isEmpty()) {
      return Mono.just(false);
    }
    var now = clock.instant();
    return mongo.insertAll(fresh.stream().map(planned -> newListing(planned.shop(), planned.product(), planned.wanted(), now)).toList())
        // Every saved listing is read (any() would cancel the rest of the insert's answer at the first match).
        .reduce(false, (anyPending, saved) -> anyPending || saved.status() == SyncStatus.PENDING)
        .onErrorResume(DuplicateKeyException.class, raced -> Flux.fromIterable(fresh)
            .concatMap(planned -> record(planned.shop(), planned.product(), planned.wanted()))
            // Those inserted before the duplicate are pending too, but already recorded: look for work either way.
            .then(Mono.just(true)));
  }

  /** Records the desired state; answers whether the listing is now pending. */
  private Mono<Boolean> record(ChannelAccount shop, Product product, Desired wanted) {
    String id = ListingSync.idOf(shop.id(), Objects.requireNonNull(product.id()));
    return Mono.defer(() -> mongo.findById(id, ListingSync.class))
        .flatMap(existing -> changed(existing, product, wanted))
        .switchIfEmpty(Mono.defer(() -> wanted.offSale() ? Mono.just(false) : created(shop, product, wanted)))
        .retryWhen(Retry.max(10).filter(e -> e instanceof DuplicateKeyException || e instanceof Raced));
  }

  private Mono<Boolean> created(ChannelAccount shop, Product product, Desired wanted) {
    return mongo.insert(newListing(shop, product, wanted, clock.instant())).map(saved -> saved.status() == SyncStatus.PENDING);
  }

  private static ListingSync newListing(ChannelAccount shop, Product product, Desired wanted, Instant now) {
    var status = wanted.problem() != null ? SyncStatus.FAILED : SyncStatus.PENDING;
    return new ListingSync(ListingSync.idOf(shop.id(), Objects.requireNonNull(product.id())), shop.id(), shop.channel(), product.id(),
        product.ownerUsername(), product.content().nameZh(), wanted.hash(), versionOf(product), wanted.listing(), wanted.problem(), null,
        status, null, null, 0, now, problemError(wanted, now), Lease.NONE, now, null, 0);
  }

  private Mono<Boolean> changed(ListingSync existing, Product product, Desired wanted) {
    if (existing.desiredHash().equals(wanted.hash())) {
      return Mono.just(false);
    }
    var now = clock.instant();
    SyncStatus status = wanted.problem() != null ? SyncStatus.FAILED
        : wanted.hash().equals(existing.syncedHash()) ? SyncStatus.SYNCED : SyncStatus.PENDING;
    var update = new Update().set("desiredHash", wanted.hash()).set("listing", wanted.listing()).set("problem", wanted.problem())
        .set("productVersion", versionOf(product)).set("productName", product.content().nameZh()).set("status", status)
        .set("plannedAt", now).inc("version", 1);
    if (status == SyncStatus.PENDING) {
      update.set("attempts", 0).set("nextAttemptAt", now);
    } else if (status == SyncStatus.FAILED) {
      update.set("lastError", problemError(wanted, now));
    }
    return mongo.updateFirst(Query.query(Criteria.where("_id").is(existing.id()).and("version").is(existing.version())), update,
            ListingSync.class)
        .flatMap(result -> result.getModifiedCount() == 1 ? Mono.just(status == SyncStatus.PENDING) : Mono.error(new Raced()));
  }

  private static @Nullable SyncError problemError(Desired wanted, Instant now) {
    return wanted.problem() == null ? null
        : new SyncError(Failure.PERMANENT, "template-missing", wanted.problem(), now);
  }

  private static long versionOf(Product product) {
    return product.version() == null ? 0 : product.version();
  }

  private static void inBackground(Mono<Void> planning, String what) {
    planning.subscribe(done -> {}, e -> log.warn("Planning listings for {} failed; the sweep retries: {}", what, e.toString()));
  }

  /** Another planner or worker changed the document between our read and write: read again. */
  private static final class Raced extends RuntimeException {
    Raced() {
      super("listing changed meanwhile", null, false, false);
    }
  }
}
