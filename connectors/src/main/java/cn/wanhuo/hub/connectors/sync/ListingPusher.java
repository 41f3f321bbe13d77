package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.connectors.channels.ChannelAccounts;
import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.connectors.platform.PlatformConnector;
import cn.wanhuo.hub.connectors.platform.PlatformConnectors;
import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Pushes one due listing at a time: claims it with a lease, renewed while the push runs, makes the platform show it
 * (creating idempotently: an item without a known id is looked up by our outer id first, and its id stored the moment
 * it is known), and records the outcome only while the lease is still its own. Every platform call waits for the app
 * key's rate limit.
 */
@Component
public class ListingPusher {

  private final ReactiveMongoTemplate mongo;
  private final ChannelAccounts accounts;
  private final PlatformConnectors connectors;
  private final SyncSettings settings;
  private final Outcomes outcomes;
  private final Clock clock;

  @Autowired
  ListingPusher(ReactiveMongoTemplate mongo, ChannelAccounts accounts, PlatformConnectors connectors, SyncSettings settings) {
    this(mongo, accounts, connectors, settings, Clock.systemUTC());
  }

  /** A pusher on its own clock, as tests play a second instance that comes along after a lease expired. */
  public ListingPusher(ReactiveMongoTemplate mongo, ChannelAccounts accounts, PlatformConnectors connectors,
      SyncSettings settings, Clock clock) {
    this.mongo = mongo;
    this.accounts = accounts;
    this.connectors = connectors;
    this.settings = settings;
    this.clock = clock;
    this.outcomes = new Outcomes(mongo, accounts, settings, clock);
  }

  /**
   * Claims and pushes one due listing of the shop; answers whether there was one and the shop may still be called
   * (a shop no longer active leaves its listings waiting, uncalled, until an admin authorises it again).
   */
  public Mono<Boolean> pushOne(String accountId) {
    return claim(accountId).flatMap(this::push).defaultIfEmpty(false);
  }

  /** Takes the lease on the shop's listing due longest; empty when none is due. */
  public Mono<ListingSync> claim(String accountId) {
    var now = clock.instant();
    return mongo.findAndModify(
        Query.query(Criteria.where("accountId").is(accountId).and("status").is(SyncStatus.PENDING).and("nextAttemptAt").lte(now)
            .and("lease.until").lt(now)).with(Sort.by("nextAttemptAt")),
        new Update().set("lease", new Lease(claimToken(), now.plus(settings.lease()))).inc("version", 1),
        FindAndModifyOptions.options().returnNew(true), ListingSync.class);
  }

  /** Unique per claim; UUID.randomUUID would read /dev/urandom on an event loop. */
  private static String claimToken() {
    var random = ThreadLocalRandom.current();
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  /** Pushes a claimed listing and records how it went; answers false when the shop is not active (nothing pushed). */
  public Mono<Boolean> push(ListingSync claimed) {
    if (claimed.problem() != null) {
      return outcomes.failed(claimed, new PlatformException(claimed.channel(), PlatformException.Failure.PERMANENT, "template-missing",
          claimed.problem())).thenReturn(true);
    }
    return accounts.credentialsIfActive(claimed.accountId()).map(Optional::of).defaultIfEmpty(Optional.empty())
        .onErrorResume(e -> outcomes.failed(claimed, e).then(Mono.empty()))
        .flatMap(credentials -> credentials.isPresent()
            ? pushFor(credentials.get(), claimed).thenReturn(true)
            // The shop was paused (another worker's push had its token refused) or disabled: its listings wait.
            : outcomes.untouched(claimed).thenReturn(false))
        .defaultIfEmpty(true);
  }

  private Mono<Void> pushFor(ShopCredentials credentials, ListingSync claimed) {
    return Mono.defer(() -> {
          var call = new Call(credentials, connectors.forChannel(claimed.channel()));
          Listing listing = claimed.listing();
          return listing == null ? offSale(claimed, call) : onSale(claimed, listing, call);
        })
        // A platform that never answers must not hold the listing for ever: the push ends, and is retried later.
        .timeout(settings.lease().multipliedBy(2))
        // Renewing keeps a slow push (a long rate-limit wait, a slow platform) from being taken over, and pushed a
        // second time, by another worker while this one still calls the platform; a lost lease stops the push.
        .or(keepingLease(claimed))
        .then(Mono.defer(() -> outcomes.succeeded(claimed)))
        .onErrorResume(LeaseLost.class, lost -> Mono.empty())
        .onErrorResume(e -> outcomes.failed(claimed, e));
  }

  /**
   * Extends the lease every third of its length while the push runs; never completes, and fails with
   * {@link LeaseLost} when the lease is no longer this claim's (or cannot be renewed), so the push must stop.
   */
  private Mono<Void> keepingLease(ListingSync claimed) {
    Duration every = settings.lease().dividedBy(3);
    return Flux.interval(every, every)
        .concatMap(tick -> mongo.updateFirst(Outcomes.ours(claimed),
            new Update().set("lease.until", clock.instant().plus(settings.lease())), ListingSync.class))
        .onErrorMap(e -> new LeaseLost(claimed.id(), e))
        .concatMap(renewed -> renewed.getMatchedCount() == 1 ? Mono.empty() : Mono.error(new LeaseLost(claimed.id(), null)))
        .then();
  }

  /** The listing's lease passed to another worker, or could not be renewed: this push must not go on. */
  private static final class LeaseLost extends RuntimeException {
    LeaseLost(String listingId, @Nullable Throwable cause) {
      super("Lease on " + listingId + " lost", cause, false, false);
    }
  }

  private Mono<Void> onSale(ListingSync claimed, Listing listing, Call call) {
    return known(claimed)
        .switchIfEmpty(Mono.defer(() -> call.connector.findByOuterId(call.shop, listing.outerId())
            .flatMap(found -> remember(claimed, found))))
        .map(existing -> Optional.of(existing))
        .switchIfEmpty(Mono.defer(() -> call.connector.publish(call.shop, listing)
            .flatMap(created -> remember(claimed, created)).thenReturn(Optional.<PlatformItem>empty())))
        .flatMap(existing -> existing.isEmpty() ? Mono.<Void>empty()
            : call.connector.update(call.shop, existing.get(), listing)
                .flatMap(updated -> remember(claimed, updated))
                .flatMap(updated -> call.connector.updatePriceAndStock(call.shop, updated, listing.skus())));
  }

  private Mono<Void> offSale(ListingSync claimed, Call call) {
    return known(claimed)
        .switchIfEmpty(Mono.defer(() -> call.connector.findByOuterId(call.shop, claimed.productId())))
        .flatMap(item -> call.connector.delist(call.shop, item));
  }

  private static Mono<PlatformItem> known(ListingSync claimed) {
    String itemId = claimed.itemId();
    return itemId == null ? Mono.empty() : Mono.just(new PlatformItem(itemId, claimed.skuIds()));
  }

  /** Stores the platform's ids the moment they are known, whoever holds the lease: they are facts either way. */
  private Mono<PlatformItem> remember(ListingSync claimed, PlatformItem item) {
    return mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id())),
        new Update().set("itemId", item.itemId()).set("skuIds", item.skuIds()).inc("version", 1), ListingSync.class).thenReturn(item);
  }

  /** One shop's calls to its platform; each HTTP call waits for the shop's rate-limit permit in the adapters' client. */
  private static final class Call {
    final ShopCredentials shop;
    final PlatformConnector connector;

    Call(ShopCredentials shop, PlatformConnector connector) {
      this.shop = shop;
      this.connector = connector;
    }
  }
}
