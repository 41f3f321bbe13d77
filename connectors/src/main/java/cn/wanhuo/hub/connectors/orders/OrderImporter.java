package cn.wanhuo.hub.connectors.orders;

import cn.wanhuo.hub.connectors.channels.ChannelAccount;
import cn.wanhuo.hub.connectors.channels.ChannelAccounts;
import cn.wanhuo.hub.connectors.platform.PlatformConnectors;
import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.shared.locks.ClusterLocks;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Polls every active shop for orders modified since its cursor (less an overlap), stores them deduplicated, moves the
 * cursor and forwards the new states to the sales ledger. A shop is imported by one instance at a time (a cluster
 * lock that expires, so a dead instance's shop is taken over); a cursor only ever moves forward, so an instance that
 * lost its lock while still running cannot move it back.
 */
@Component
public class OrderImporter {

  private static final Logger log = LoggerFactory.getLogger(OrderImporter.class);

  private final ChannelAccounts accounts;
  private final PlatformConnectors connectors;
  private final OrderStore store;
  private final LedgerForwarder forwarder;
  private final ClusterLocks locks;
  private final ReactiveMongoTemplate mongo;
  private final OrderImportSettings settings;
  private final Clock clock = Clock.systemUTC();
  private final AtomicBoolean running = new AtomicBoolean();

  OrderImporter(ChannelAccounts accounts, PlatformConnectors connectors, OrderStore store, LedgerForwarder forwarder,
      ClusterLocks locks, ReactiveMongoTemplate mongo, OrderImportSettings settings) {
    this.accounts = accounts;
    this.connectors = connectors;
    this.store = store;
    this.forwarder = forwarder;
    this.locks = locks;
    this.mongo = mongo;
    this.settings = settings;
  }

  @Scheduled(fixedDelayString = "${wanhuo.connectors.orders.poll:10s}",
      initialDelayString = "${wanhuo.connectors.orders.poll:10s}")
  void poll() {
    if (running.compareAndSet(false, true)) {
      importAll().doFinally(signal -> running.set(false)).subscribe();
    }
  }

  /** One round: every active shop whose lock this instance wins, then the ledger. */
  public Mono<Void> importAll() {
    return accounts.active()
        .concatMap(account -> locks.withLock("order-import-" + account.id(), settings.lease(), importShop(account))
            .onErrorResume(e -> {
              log.warn("Order import of shop {} failed, will retry: {}", account.id(), e.toString());
              return Mono.empty();
            }))
        .then(forwarder.forwardAll())
        .then();
  }

  /** Imports one shop's orders up to now; the number of order versions that were new. */
  Mono<Long> importShop(ChannelAccount account) {
    Instant to = clock.instant();
    return cursor(account).flatMap(cursor -> {
      Instant from = cursor.importedUntil().minus(settings.overlap());
      return accounts.credentials(account.id())
          .flatMapMany(shop -> connectors.forChannel(account.channel()).ordersModified(shop, from, to))
          .concatMap(order -> store.store(account.id(), order))
          .filter(isNew -> isNew)
          .count()
          .flatMap(added -> advance(account, to, added).thenReturn(added))
          .onErrorResume(e -> failed(account, e).then(Mono.error(e)));
    });
  }

  private Mono<OrderCursor> cursor(ChannelAccount account) {
    Query byAccount = Query.query(Criteria.where("_id").is(account.id()));
    Update firstImport = new Update()
        .setOnInsert("importedUntil", clock.instant().minus(settings.initialLookback()))
        .setOnInsert("orders", 0L);
    return mongo.findAndModify(byAccount, firstImport, FindAndModifyOptions.options().upsert(true).returnNew(true),
        OrderCursor.class);
  }

  private Mono<Void> advance(ChannelAccount account, Instant to, long added) {
    Update moved = new Update().max("importedUntil", to).set("lastRunAt", clock.instant()).unset("lastError")
        .inc("orders", added);
    return mongo.updateFirst(Query.query(Criteria.where("_id").is(account.id())), moved, OrderCursor.class).then();
  }

  private Mono<Void> failed(ChannelAccount account, Throwable error) {
    String message = error instanceof PlatformException platform
        ? platform.code() + " " + platform.getMessage()
        : error.getClass().getSimpleName();
    Mono<Void> noted = mongo.updateFirst(Query.query(Criteria.where("_id").is(account.id())),
        new Update().set("lastRunAt", clock.instant()).set("lastError", message), OrderCursor.class).then();
    if (error instanceof PlatformException platform && platform.failure() == Failure.REAUTHORIZE) {
      return noted.then(accounts.needsReauthorization(account.id(), platform.getMessage()));
    }
    return noted;
  }
}
