package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.connectors.channels.ChannelAccounts;
import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * Records how a push went, only while the pusher's lease is still on the listing. Success marks it SYNCED unless
 * the desired listing changed meanwhile (then it stays PENDING for another push); a retryable failure backs off
 * exponentially with jitter, at least as long as the platform asked; a refused token pauses the shop; a permanent
 * failure waits for the operator with the platform's message.
 */
final class Outcomes {

  private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

  private final ReactiveMongoTemplate mongo;
  private final ChannelAccounts accounts;
  private final SyncSettings settings;
  private final Clock clock;

  Outcomes(ReactiveMongoTemplate mongo, ChannelAccounts accounts, SyncSettings settings, Clock clock) {
    this.mongo = mongo;
    this.accounts = accounts;
    this.settings = settings;
    this.clock = clock;
  }

  Mono<Void> succeeded(ListingSync pushed) {
    var now = clock.instant();
    var synced = ours(pushed).addCriteria(Criteria.where("desiredHash").is(pushed.desiredHash()));
    return mongo.updateFirst(synced, released().set("status", SyncStatus.SYNCED).set("syncedHash", pushed.desiredHash())
            .set("syncedAt", now).set("attempts", 0).set("lastError", null), ListingSync.class)
        .flatMap(result -> result.getModifiedCount() == 1 ? Mono.empty()
            : mongo.updateFirst(ours(pushed), released().set("syncedHash", pushed.desiredHash()).set("nextAttemptAt", now),
                ListingSync.class))
        .then();
  }

  /** Not pushed at all: the lease goes, nothing else changes. */
  Mono<Void> untouched(ListingSync claimed) {
    return mongo.updateFirst(ours(claimed), released(), ListingSync.class).then();
  }

  Mono<Void> failed(ListingSync pushed, Throwable error) {
    var now = clock.instant();
    if (!(error instanceof PlatformException platform)) {
      // Only the type: a transport error's message may quote a request URL, and some platforms sign tokens into it.
      log.warn("Push of {} failed unexpectedly ({}), will retry", pushed.id(), error.getClass().getName());
      return retryLater(pushed, new SyncError(Failure.RETRYABLE, "internal", error.getClass().getSimpleName(), now), null);
    }
    var recorded = new SyncError(platform.failure(), platform.code(), String.valueOf(platform.getMessage()), now);
    return switch (platform.failure()) {
      case RETRYABLE -> retryLater(pushed, recorded, platform.retryAfter());
      case REAUTHORIZE -> accounts.needsReauthorization(pushed.accountId(), recorded.message())
          .then(mongo.updateFirst(ours(pushed), released().set("lastError", recorded).set("nextAttemptAt", now), ListingSync.class))
          .then();
      case PERMANENT -> mongo.updateFirst(ours(pushed), released().set("status", SyncStatus.FAILED).set("lastError", recorded),
          ListingSync.class).then();
    };
  }

  private Mono<Void> retryLater(ListingSync pushed, SyncError error, @Nullable Duration retryAfter) {
    int attempts = pushed.attempts() + 1;
    Duration wait = backoff(attempts);
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter;
    }
    Instant next = error.at().plus(wait);
    return mongo.updateFirst(ours(pushed), released().set("attempts", attempts).set("nextAttemptAt", next).set("lastError", error),
        ListingSync.class).then();
  }

  /** base × 2^(attempts−1), capped, then a random half to full of it, so shops failing together do not retry together. */
  Duration backoff(int attempts) {
    long base = settings.backoffBase().toMillis();
    long capped = Math.min(settings.backoffMax().toMillis(), base << Math.min(attempts - 1, 20));
    return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }

  /** The listing, only while the lease is still this claim's. */
  static Query ours(ListingSync pushed) {
    return Query.query(Criteria.where("_id").is(pushed.id()).and("lease.owner").is(pushed.lease().owner()));
  }

  private static Update released() {
    return new Update().set("lease", Lease.NONE).inc("version", 1);
  }
}
