package cn.wanhuo.hub.connectors.orders;

import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
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

  /**
   * Stores a batch of orders as {@link #store} would one by one, with fewer round trips: the batch's known orders are
   * read in one query, the new ones inserted together, and only the known ones in an older state replaced one by one.
   * A batch may repeat an order; its newest state wins. Answers the versions that were new, as stored (marked for the
   * ledger). If another instance inserts one of them meanwhile, the batch is stored again order by order.
   */
  Mono<List<ImportedOrder>> storeAll(String accountId, List<PlatformOrder> orders) {
    var newest = new LinkedHashMap<String, PlatformOrder>();
    orders.forEach(order -> newest.merge(ImportedOrder.idOf(order.channel(), order.orderId()), order,
        (a, b) -> b.modifiedAt().isAfter(a.modifiedAt()) ? b : a));
    Query known = Query.query(Criteria.where("_id").in(newest.keySet()));
    known.fields().include("modifiedAt");
    return mongo.find(known, Document.class, mongo.getCollectionName(ImportedOrder.class))
        .collectMap(found -> found.getString("_id"), found -> found.getDate("modifiedAt").toInstant())
        .flatMap(stored -> {
          var fresh = new ArrayList<ImportedOrder>();
          var newer = new LinkedHashMap<String, PlatformOrder>();
          newest.forEach((id, order) -> {
            Instant storedAt = stored.get(id);
            if (storedAt == null) {
              fresh.add(imported(accountId, id, order));
            } else if (order.modifiedAt().isAfter(storedAt)) {
              newer.put(id, order);
            }
          });
          Mono<List<ImportedOrder>> inserted = fresh.isEmpty() ? Mono.just(List.of())
              : mongo.insertAll(fresh).collectList();
          // Known to be stored: straight to the conditional replace, which still refuses a newer state stored meanwhile.
          return inserted.flatMap(added -> Flux.fromIterable(newer.entrySet())
              .concatMap(entry -> replaceOlder(accountId, entry.getKey(), entry.getValue()).filter(isNew -> isNew)
                  .map(isNew -> imported(accountId, entry.getKey(), entry.getValue())))
              .collectList()
              .map(replaced -> concat(added, replaced)));
        })
        .onErrorResume(DataIntegrityViolationException.class, raced -> Flux.fromIterable(newest.entrySet())
            .concatMap(entry -> store(accountId, entry.getValue()).filter(isNew -> isNew)
                .map(isNew -> imported(accountId, entry.getKey(), entry.getValue())))
            .collectList());
  }

  /** True when this version of the order was new; false when the same or a newer one is already stored. */
  Mono<Boolean> store(String accountId, PlatformOrder order) {
    String id = ImportedOrder.idOf(order.channel(), order.orderId());
    // Most orders an import reads are new to it: a plain insert, found by _id alone. Only an order already stored
    // (overlapping windows, repeated pages, a newer state) takes the conditional write.
    return mongo.insert(imported(accountId, id, order)).thenReturn(true)
        .onErrorResume(DuplicateKeyException.class, e -> replaceOlder(accountId, id, order));
  }

  /** The order as stored when it is new to the hub: marked for the ledger. */
  private ImportedOrder imported(String accountId, String id, PlatformOrder order) {
    return new ImportedOrder(id, accountId, order.channel(), order.orderId(), order.state(), order.createdAt(),
        order.modifiedAt(), order.buyerKey(), order.lines(), true, null, clock.instant());
  }

  private static List<ImportedOrder> concat(List<ImportedOrder> first, List<ImportedOrder> second) {
    var all = new ArrayList<ImportedOrder>(first.size() + second.size());
    all.addAll(first);
    all.addAll(second);
    return all;
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
