package cn.wanhuo.hub.connectors.orders;

import cn.wanhuo.hub.connectors.channels.ChannelAccounts;
import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.accounts.Role;
import java.util.Optional;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What admins see of order import, and their "import now". */
@Component
public class OrderImports {

  private final ChannelAccounts accounts;
  private final OrderImporter importer;
  private final ReactiveMongoTemplate mongo;
  private final CurrentAccount current;

  OrderImports(ChannelAccounts accounts, OrderImporter importer, ReactiveMongoTemplate mongo, CurrentAccount current) {
    this.accounts = accounts;
    this.importer = importer;
    this.mongo = mongo;
    this.current = current;
  }

  /** Every active shop's import status. */
  public Flux<OrderImportStatus> status() {
    return admin().thenMany(accounts.active()).concatMap(account -> Mono.zip(
            mongo.findById(account.id(), OrderCursor.class).map(Optional::of).defaultIfEmpty(Optional.empty()),
            mongo.count(Query.query(Criteria.where("accountId").is(account.id()).and("ledgerPending").is(true)),
                ImportedOrder.class),
            mongo.count(Query.query(Criteria.where("accountId").is(account.id()).and("ledgerRefusal").exists(true)),
                ImportedOrder.class))
        .map(found -> {
          Optional<OrderCursor> cursor = found.getT1();
          return new OrderImportStatus(account.id(), account.channel(), account.shopName(),
              cursor.map(OrderCursor::importedUntil).orElse(null), cursor.map(OrderCursor::lastRunAt).orElse(null),
              cursor.map(OrderCursor::lastError).orElse(null), cursor.map(OrderCursor::orders).orElse(0L),
              found.getT2(), found.getT3());
        }));
  }

  /**
   * Starts an import round now on this instance (for the shops whose lock it wins), in the background: a round over
   * slow platforms can take minutes. The status shows how it went.
   */
  public Mono<Void> importNow() {
    return admin().doOnNext(admin -> importer.start()).then();
  }

  private Mono<Account> admin() {
    return current.get().filter(account -> account.has(Role.ADMIN))
        .switchIfEmpty(Mono.error(() -> new AccessDeniedException("Only admins see order imports")));
  }
}
