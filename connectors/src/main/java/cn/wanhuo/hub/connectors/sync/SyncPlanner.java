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
      inBackground(accounts.enabled().collectList().flatMap(shops -> plan(product, shops)), "product " + product.id());
    }
  }

  @EventListener
  void onShopChanged(ChannelAccountChanged changed) {
    if (changed.status() == AccountStatus.ACTIVE) {
      inBackground(sweep(), "shop " + changed.accountId());
    }
  }

  @EventListener
  void onTemplateChanged(ListingTemplateChanged changed) {
    inBackground(accounts.enabled().collectList().flatMap(shops -> products(Criteria.where("content.category").is(changed.category()))
            .concatMap(product -> plan(product, shops)).then()),
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
        .flatMap(shops -> products.findAllById(productIds).concatMap(product -> plan(product, shops)).then());
  }

  /** Plans every published product, and every product a shop still lists or was asked to delist. */
  public Mono<Void> sweep() {
    return accounts.enabled().collectList().flatMap(shops -> shops.isEmpty() ? Mono.<Void>empty()
        : mongo.findDistinct(new Query(), "productId", ListingSync.class, String.class).collectList()
            .flatMap(known -> products(new Criteria().orOperator(Criteria.where("status").is(ProductStatus.PUBLISHED),
                Criteria.where("_id").in(known))).concatMap(product -> plan(product, shops), 8).then()));
  }

  private Flux<Product> products(Criteria criteria) {
    return mongo.find(Query.query(criteria), Product.class);
  }

  Mono<Void> plan(Product product, List<ChannelAccount> shops) {
    return Flux.fromIterable(shops)
        .concatMap(shop -> desired.of(product, shop).flatMap(wanted -> record(shop, product, wanted)))
        .reduce(false, (any, pending) -> any || pending)
        .doOnNext(anyPending -> {
          if (anyPending) {
            workers.nudge();
          }
        })
        .then();
  }

  /** Records the desired state; answers whether the listing is now pending. */
  private Mono<Boolean> record(ChannelAccount shop, Product product, Desired wanted) {
    String id = ListingSync.idOf(shop.id(), Objects.requireNonNull(product.id()));
    return Mono.defer(() -> mongo.findById(id, ListingSync.class))
        .flatMap(existing -> changed(existing, product, wanted))
        .switchIfEmpty(Mono.defer(() -> wanted.offSale() ? Mono.just(false) : created(id, shop, product, wanted)))
        .retryWhen(Retry.max(10).filter(e -> e instanceof DuplicateKeyException || e instanceof Raced));
  }

  private Mono<Boolean> created(String id, ChannelAccount shop, Product product, Desired wanted) {
    var now = clock.instant();
    var status = wanted.problem() != null ? SyncStatus.FAILED : SyncStatus.PENDING;
    var doc = new ListingSync(id, shop.id(), shop.channel(), Objects.requireNonNull(product.id()), product.ownerUsername(),
        product.content().nameZh(), wanted.hash(), versionOf(product), wanted.listing(), wanted.problem(), null, status, null, null, 0,
        now, problemError(wanted, now), Lease.NONE, now, null, 0);
    return mongo.insert(doc).map(saved -> saved.status() == SyncStatus.PENDING);
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
