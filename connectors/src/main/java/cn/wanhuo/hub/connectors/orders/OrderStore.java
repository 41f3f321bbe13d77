package cn.wanhuo.hub.connectors.orders;

import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps each platform order once, in its newest state. Windows overlap and pages are read backwards, so the same
 * order arrives many times; only a later modification time replaces what is stored, and that write marks it for
 * the ledger again.
 */
@Component
class OrderStore {

  private final ReactiveMongoTemplate mongo;
  private final Clock clock = Clock.systemUTC();

  OrderStore(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** True when this version of the order was new; false when the same or a newer one is already stored. */
  Mono<Boolean> store(String accountId, PlatformOrder order) {
    String id = ImportedOrder.idOf(order.channel(), order.orderId());
    var fresh = new ImportedOrder(id, accountId, order.channel(), order.orderId(), order.state(), order.createdAt(),
        order.modifiedAt(), order.buyerKey(), order.lines(), true, null, clock.instant());
    // Most orders an import reads are new to it: a plain insert, found by _id alone. Only an order already stored
    // (overlapping windows, repeated pages, a newer state) takes the conditional write, which a database without a
    // matching index (the embedded one) answers by scanning every order: per order, that made a big import quadratic.
    return mongo.insert(fresh).thenReturn(true)
        .onErrorResume(DuplicateKeyException.class, e -> replaceOlder(accountId, id, order));
  }

  /** Replaces the stored order only if it is an older version; true when it was. */
  private Mono<Boolean> replaceOlder(String accountId, String id, PlatformOrder order) {
    Query older = Query.query(Criteria.where("_id").is(id).and("modifiedAt").lt(order.modifiedAt()));
    Update newest = new Update()
        .set("accountId", accountId)
        .set("channel", order.channel())
        .set("orderId", order.orderId())
        .set("state", order.state())
        .set("createdAt", order.createdAt())
        .set("modifiedAt", order.modifiedAt())
        .set("buyerKey", order.buyerKey())
        .set("lines", order.lines())
        .set("ledgerPending", true)
        .set("importedAt", clock.instant());
    return mongo.updateFirst(older, newest, ImportedOrder.class).map(result -> result.getModifiedCount() > 0);
  }
}
