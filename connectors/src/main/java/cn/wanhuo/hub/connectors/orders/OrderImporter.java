package cn.wanhuo.hub.connectors.orders;

import cn.wanhuo.hub.connectors.channels.ChannelAccount;
import cn.wanhuo.hub.connectors.channels.ChannelAccounts;
import cn.wanhuo.hub.connectors.platform.PlatformConnectors;
import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.shared.locks.ClusterLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;
import reactor.util.retry.Retry;

/**
 * Polls every active shop for orders modified since its cursor (less an overlap), stores them deduplicated, forwards
 * the new states to the sales ledger and moves the cursor. A shop is imported by one instance at a time (a cluster
 * lock that expires, so a dead instance's shop is taken over); a cursor only ever moves forward, so an instance that
 * lost its lock while still running cannot move it back.
 */
@Component
public class OrderImporter {

  private static final Logger log = LoggerFactory.getLogger(OrderImporter.class);

  /**
   * A piece the platform failed on its side is read again a few times at once (waiting as long as it asked, or 1, 2, 4
   * seconds); anything else ends the shop's round, to be retried next round from the cursor.
   */
  private static final Retry RETRY_TRANSIENT = Retry.from(signals -> signals.concatMap(signal -> {
    Throwable error = signal.failure();
    if (signal.totalRetriesInARow() >= 3 || !(error instanceof PlatformException platform)
        || platform.failure() != Failure.RETRYABLE) {
      return Mono.error(error);
    }
    Duration wait = Duration.ofSeconds(1L << signal.totalRetriesInARow());
    Duration asked = platform.retryAfter();
    return Mono.delay(asked != null && asked.compareTo(wait) > 0 ? asked : wait);
  }));

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
    start();
  }

  /** Starts a round in the background unless one is running here; answers whether it started one. */
  public boolean start() {
    if (!running.compareAndSet(false, true)) {
      return false;
    }
    importAll().doFinally(signal -> running.set(false)).subscribe();
    return true;
  }

  /** One round: every active shop whose lock this instance wins, then the ledger. */
  public Mono<Void> importAll() {
    return accounts.active()
        // A shop's round ends by its lock's expiry at the latest: a call that never answers must not hold up the
        // other shops, and past the lease another instance may take the shop over anyway.
        .concatMap(account -> locks.withLock("order-import-" + account.id(), settings.lease(),
                importShop(account).timeout(settings.lease()))
            .onErrorResume(e -> {
              log.warn("Order import of shop {} failed, will retry: {}", account.id(), e.toString());
              return Mono.empty();
            }))
        .then(forwarder.forwardAll())
        .then();
  }

  /**
   * Imports one shop's orders up to now, one piece of the span after the other; the cursor moves after each piece, so
   * a long first import or a round cut short by a failure keeps what it read. Answers the order versions that were new.
   */
  Mono<Long> importShop(ChannelAccount account) {
    Instant to = clock.instant();
    return cursor(account).flatMap(cursor -> accounts.credentials(account.id()).flatMap(shop ->
        Flux.fromIterable(pieces(cursor.importedUntil().minus(settings.overlap()), to, settings.piece()))
            .concatMap(piece -> connectors.forChannel(account.channel()).ordersModified(shop, piece.getT1(), piece.getT2())
                .buffer(settings.ledgerBatch())
                .concatMap(orders -> store.storeAll(account.id(), orders))
                .concatMap(this::forward)
                .reduce(0L, Long::sum)
                .retryWhen(RETRY_TRANSIENT)
                .flatMap(added -> advance(account, piece.getT2(), added).thenReturn(added)))
            .reduce(0L, Long::sum)))
        .onErrorResume(e -> failed(account, e).then(Mono.error(e)));
  }

  /**
   * Hands the new versions to the ledger at once, so sales show while a long import runs and the ledger never has to
   * look for them; if that fails their marks stay and the round's {@link LedgerForwarder#forwardAll} sends them.
   * Answers how many versions were new.
   */
  private Mono<Long> forward(List<ImportedOrder> stored) {
    return forwarder.forward(stored)
        .onErrorResume(e -> {
          log.warn("{} imported orders left for the ledger's next round: {}", stored.size(), e.toString());
          return Mono.just(0L);
        })
        .thenReturn((long) stored.size());
  }

  /** [from, to) cut into consecutive spans of at most {@code piece}. */
  static List<Tuple2<Instant, Instant>> pieces(Instant from, Instant to, Duration piece) {
    List<Tuple2<Instant, Instant>> pieces = new ArrayList<>();
    for (Instant start = from; start.isBefore(to); start = start.plus(piece)) {
      Instant end = start.plus(piece);
      pieces.add(Tuples.of(start, end.isBefore(to) ? end : to));
    }
    return pieces;
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
