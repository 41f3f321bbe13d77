package cn.wanhuo.hub.connectors.orders;

import cn.wanhuo.hub.promotions.sales.InvalidSaleLine;
import cn.wanhuo.hub.promotions.sales.SalesLedger;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hands imported orders marked for the ledger to {@link SalesLedger} and clears each mark only if the order was not
 * replaced by a newer state meanwhile. The ledger is idempotent by order line, so a crash between recording and
 * clearing only records the same lines again.
 */
@Component
class LedgerForwarder {

  private static final Logger log = LoggerFactory.getLogger(LedgerForwarder.class);

  private final ReactiveMongoTemplate mongo;
  private final SalesLedger ledger;
  private final OrderImportSettings settings;
  private final AtomicBoolean running = new AtomicBoolean();

  LedgerForwarder(ReactiveMongoTemplate mongo, SalesLedger ledger, OrderImportSettings settings) {
    this.mongo = mongo;
    this.ledger = ledger;
    this.settings = settings;
  }

  /** Forwards batches until none is pending; concurrent calls in one instance fold into the running one. */
  Mono<Long> forwardAll() {
    if (!running.compareAndSet(false, true)) {
      return Mono.just(0L);
    }
    return batches(0L).doFinally(signal -> running.set(false));
  }

  private Mono<Long> batches(long sofar) {
    return forwardBatch().flatMap(done -> done == 0 ? Mono.just(sofar) : batches(sofar + done));
  }

  /** One batch of the marked orders, oldest modification first; answers how many marks it cleared. */
  Mono<Long> forwardBatch() {
    Query pending = Query.query(Criteria.where("ledgerPending").is(true))
        .with(Sort.by("modifiedAt")).limit(settings.ledgerBatch());
    return mongo.find(pending, ImportedOrder.class).collectList().flatMap(this::forward);
  }

  /**
   * Forwards these order versions, as just stored: their lines go to the ledger together and their marks are cleared
   * in one bulk write (order by order, a million orders spent their time in round trips). If the ledger refuses the
   * batch, which it does whole before writing anything, or fails, the batch goes again order by order, so only the
   * order at fault stays marked. Answers how many marks it cleared.
   */
  Mono<Long> forward(List<ImportedOrder> orders) {
    return orders.isEmpty() ? Mono.just(0L)
        : ledger.recordAll(orders.stream().flatMap(order -> SaleLines.of(order).stream()).toList())
            .then(clearAll(orders))
            .onErrorResume(e -> oneByOne(orders));
  }

  private Mono<Long> oneByOne(List<ImportedOrder> orders) {
    return Flux.fromIterable(orders)
        .concatMap(order -> ledger.recordAll(SaleLines.of(order))
            .then(clear(order, null))
            .onErrorResume(InvalidSaleLine.class, refused -> clear(order, refused.fields().stream()
                .map(problem -> problem.field() + " " + problem.message()).collect(Collectors.joining("; "))))
            .onErrorResume(e -> {
              log.warn("Order {} not yet in the sales ledger, will retry: {}", order.id(), e.toString());
              return Mono.just(false);
            }))
        .filter(cleared -> cleared)
        .count();
  }

  /** Clears the marks of exactly the versions read, as {@link #clear} does one by one; answers how many it cleared. */
  private Mono<Long> clearAll(List<ImportedOrder> orders) {
    var bulk = mongo.bulkOps(BulkMode.UNORDERED, ImportedOrder.class);
    orders.forEach(order -> bulk.updateOne(sameVersion(order),
        new Update().set("ledgerPending", false).unset("ledgerRefusal")));
    return bulk.execute().map(result -> (long) result.getModifiedCount());
  }

  /**
   * Clears the mark of exactly the version read. A refusal (a line of a product the hub does not know, say a product
   * since deleted) cannot succeed on retry, so it is kept on the order for the operator instead of being retried.
   */
  private Mono<Boolean> clear(ImportedOrder order, @Nullable String refusal) {
    Update done = Update.update("ledgerPending", false);
    if (refusal == null) {
      done.unset("ledgerRefusal");
    } else {
      log.warn("Order {} refused by the sales ledger: {}", order.id(), refusal);
      done.set("ledgerRefusal", refusal);
    }
    return mongo.updateFirst(sameVersion(order), done, ImportedOrder.class).map(result -> result.getModifiedCount() > 0);
  }

  private static Query sameVersion(ImportedOrder order) {
    return Query.query(Criteria.where("_id").is(order.id())
        .and("modifiedAt").is(order.modifiedAt()).and("ledgerPending").is(true));
  }
}
