package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.connectors.channels.Admins;
import cn.wanhuo.hub.connectors.listings.ListingOverrides;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the operators see of the sync: each product's status per shop (producers their own products, admins all), the
 * queue of failed listings with the platform's message, retries, and counters per platform.
 */
@Service
public class SyncStatuses {

  private static final List<Channel> PLATFORMS = List.of(Channel.TAOBAO, Channel.JD, Channel.PINDUODUO, Channel.SUNING);

  private final ReactiveMongoTemplate mongo;
  private final Admins admins;
  private final ListingOverrides overrides;
  private final SyncWorkers workers;
  private final Clock clock = Clock.systemUTC();

  SyncStatuses(ReactiveMongoTemplate mongo, Admins admins, ListingOverrides overrides, SyncWorkers workers) {
    this.mongo = mongo;
    this.admins = admins;
    this.overrides = overrides;
    this.workers = workers;
  }

  /** The product's listing on every shop, for its producer's owner or an admin. */
  public Flux<SyncView> forProduct(String productId) {
    return overrides.manageable(productId).thenMany(
        mongo.find(Query.query(Criteria.where("productId").is(productId)).with(Sort.by("channel")), ListingSync.class).map(SyncView::of));
  }

  /** Listings by status (FAILED: the error queue), platform and a product id or name fragment; newest plan first. */
  public Mono<SyncPage> search(@Nullable SyncStatus status, @Nullable Channel channel, @Nullable String product, int page, int size) {
    var criteria = new Criteria();
    if (status != null) {
      criteria.and("status").is(status);
    }
    if (channel != null) {
      criteria.and("channel").is(channel);
    }
    if (product != null && !product.isBlank()) {
      String quoted = Pattern.quote(product.strip());
      criteria.orOperator(Criteria.where("productId").is(product.strip()), Criteria.where("productName").regex(quoted));
    }
    var query = Query.query(criteria);
    return admins.require().then(Mono.zip(
        mongo.find(Query.of(query).with(Sort.by(Sort.Direction.DESC, "plannedAt")).skip((long) page * size).limit(size), ListingSync.class)
            .map(SyncView::of).collectList(),
        mongo.count(query, ListingSync.class)))
        .map(found -> new SyncPage(found.getT1(), found.getT2(), page, size));
  }

  /** Puts a failed listing back in the queue, due now. */
  public Mono<Long> retry(String id) {
    return admins.require().then(again(Criteria.where("_id").is(id)));
  }

  /** Puts every failed listing of a platform back in the queue, due now; answers how many. */
  public Mono<Long> retryAll(Channel channel) {
    return admins.require().then(again(Criteria.where("channel").is(channel)));
  }

  /**
   * The platform no longer holds what the hub pushed to this shop (a platform simulator started empty): every listing
   * is pushed again, the item found by outer id or created. Answers how many.
   */
  public Mono<Long> forgetShop(String accountId) {
    return mongo.updateMulti(Query.query(Criteria.where("accountId").is(accountId)),
            new Update().set("status", SyncStatus.PENDING).unset("syncedHash").unset("itemId").set("skuIds", Map.of())
                .set("attempts", 0).set("nextAttemptAt", clock.instant()).inc("version", 1),
            ListingSync.class)
        .map(result -> result.getModifiedCount())
        .doOnNext(count -> workers.nudge());
  }

  public Flux<ChannelCounters> counters() {
    return admins.require().thenMany(Flux.fromIterable(PLATFORMS).concatMap(channel -> Mono.zip(
            count(channel, SyncStatus.SYNCED), count(channel, SyncStatus.PENDING), count(channel, SyncStatus.FAILED))
        .map(counts -> new ChannelCounters(channel, counts.getT1(), counts.getT2(), counts.getT3()))));
  }

  private Mono<Long> again(Criteria which) {
    return mongo.updateMulti(Query.query(which.and("status").is(SyncStatus.FAILED)),
            new Update().set("status", SyncStatus.PENDING).set("attempts", 0).set("nextAttemptAt", clock.instant()).inc("version", 1),
            ListingSync.class)
        .map(result -> result.getModifiedCount())
        .doOnNext(count -> workers.nudge());
  }

  private Mono<Long> count(Channel channel, SyncStatus status) {
    return mongo.count(Query.query(Criteria.where("channel").is(channel).and("status").is(status)), ListingSync.class);
  }
}
