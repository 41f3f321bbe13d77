package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import java.net.URI;
import java.time.Clock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The shops the hub sells through, for the sync and the order import: which are active, their credentials for a
 * call (decrypted in memory only), and marking a shop whose token the platform refused.
 */
@Service
public class ChannelAccounts {

  private final ReactiveMongoTemplate mongo;
  private final SecretBox secrets;
  private final ShopCallPermits permits;
  private final Clock clock = Clock.systemUTC();

  ChannelAccounts(ReactiveMongoTemplate mongo, SecretBox secrets, ShopCallPermits permits) {
    this.mongo = mongo;
    this.secrets = secrets;
    this.permits = permits;
  }

  /** Shops calls may go out for. */
  public Flux<ChannelAccount> active() {
    return withStatus(AccountStatus.ACTIVE);
  }

  /** Shops whose listings the hub keeps planning: active ones and those waiting for a new token. */
  public Flux<ChannelAccount> enabled() {
    return mongo.find(Query.query(Criteria.where("status").ne(AccountStatus.DISABLED)).with(Sort.by("_id")), ShopAccount.class)
        .map(ShopAccount::view);
  }

  /** Every shop, oldest first. */
  public Flux<ChannelAccount> all() {
    return mongo.find(new Query().with(Sort.by("createdAt")), ShopAccount.class).map(ShopAccount::view);
  }

  public Mono<ChannelAccount> get(String id) {
    return stored(id).map(ShopAccount::view);
  }

  /** The shop's decrypted credentials, for one call; never logged ({@link ShopCredentials#toString()} hides them). */
  public Mono<ShopCredentials> credentials(String accountId) {
    return stored(accountId).map(this::opened);
  }

  /** As {@link #credentials}, with the status read in the same read: empty unless the shop may be called now. */
  public Mono<ShopCredentials> credentialsIfActive(String accountId) {
    return stored(accountId).filter(shop -> shop.status() == AccountStatus.ACTIVE).map(this::opened);
  }

  /** The stored shop's credentials, opened for one call (and its rate limit remembered). */
  ShopCredentials opened(ShopAccount shop) {
    var credentials = new ShopCredentials(URI.create(shop.gateway()), shop.appKey(), secrets.open(shop.sealedSecret()),
        secrets.open(shop.sealedToken()));
    permits.remember(shop.view(), credentials);
    return credentials;
  }

  /** The platform refused the shop's token: calls stop until an admin authorises the shop again. */
  public Mono<Void> needsReauthorization(String accountId, String platformMessage) {
    return Mono.defer(() -> stored(accountId))
        .filter(shop -> shop.status() == AccountStatus.ACTIVE)
        .flatMap(shop -> mongo.save(shop.withStatus(AccountStatus.NEEDS_REAUTHORIZATION, platformMessage, clock.instant())))
        .retryWhen(Retry.max(5).filter(OptimisticLockingFailureException.class::isInstance))
        .then();
  }

  Mono<ShopAccount> stored(String id) {
    return mongo.findById(id, ShopAccount.class).switchIfEmpty(Mono.error(() -> new ChannelAccountNotFound(id)));
  }

  private Flux<ChannelAccount> withStatus(AccountStatus status) {
    return mongo.find(Query.query(Criteria.where("status").is(status)).with(Sort.by("_id")), ShopAccount.class).map(ShopAccount::view);
  }
}
