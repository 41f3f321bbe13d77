package cn.wanhuo.hub.app.security;

import cn.wanhuo.hub.marketplace.accounts.AccountManagement;
import cn.wanhuo.hub.shared.ServiceUnavailable;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Distributed login throttling with Bucket4j token buckets in Redis, per username and per client address,
 * so every app instance counts the same attempts. Fails closed: no Redis, no login.
 */
@Component
class LoginThrottle {

  private final LettuceConnectionFactory redis;
  private final BucketConfiguration perUser;
  private final BucketConfiguration perAddress;
  private volatile Mono<Connected> buckets;

  /** The Redis connection and the bucket manager on it, replaced when the connection has been closed. */
  private record Connected(StatefulRedisConnection<String, byte[]> connection, AsyncProxyManager<String> manager) {}

  LoginThrottle(LettuceConnectionFactory redis, SecuritySettings settings) {
    this.redis = redis;
    this.perUser = window(settings.loginAttemptsPerUser(), settings.loginWindow());
    this.perAddress = window(settings.loginAttemptsPerAddress(), settings.loginWindow());
    this.buckets = connect();
  }

  /** Takes one attempt from both buckets or fails with {@link LoginThrottled}. */
  Mono<Void> attempt(String username, String address) {
    return take("login:user:{" + AccountManagement.normalise(username) + "}", perUser)
        .then(take("login:addr:{" + address + "}", perAddress));
  }

  /** Takes one attempt from the address's bucket only: registering is not a guess at a password. */
  Mono<Void> attemptFrom(String address) {
    return take("login:addr:{" + address + "}", perAddress);
  }

  /** A successful login forgets the username's failures. */
  Mono<Void> succeeded(String username) {
    String key = "login:user:{" + AccountManagement.normalise(username) + "}";
    return manager().flatMap(manager -> Mono.fromFuture(() -> manager.removeProxy(key))).onErrorResume(e -> Mono.empty());
  }

  private Mono<Void> take(String key, BucketConfiguration configuration) {
    return manager()
        .flatMap(manager -> Mono.fromFuture(() -> manager.builder().build(key, configuration)
            .tryConsumeAndReturnRemaining(1)))
        .onErrorMap(e -> !(e instanceof LoginThrottled), e -> new ServiceUnavailable("Redis", e))
        .flatMap(this::verdict);
  }

  private Mono<Void> verdict(ConsumptionProbe probe) {
    if (probe.isConsumed()) {
      return Mono.empty();
    }
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    return Mono.error(new LoginThrottled(seconds));
  }

  private Mono<AsyncProxyManager<String>> manager() {
    return buckets.flatMap(connected -> {
      if (connected.connection().isOpen()) {
        return Mono.just(connected.manager());
      }
      buckets = connect();
      return buckets.map(Connected::manager);
    });
  }

  /**
   * Connects lazily and again on the next attempt after a failure or after the connection was closed, so a
   * Redis outage at start-up heals. A merely disconnected connection is left to Lettuce's auto-reconnect.
   */
  private Mono<Connected> connect() {
    return Mono.defer(() -> {
          RedisClient client = (RedisClient) redis.getRequiredNativeClient();
          var codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
          return Mono.fromFuture(client.connectAsync(codec, uri()).toCompletableFuture());
        })
        .map(this::manager)
        .doOnError(e -> buckets = connect())
        .cache();
  }

  private Connected manager(StatefulRedisConnection<String, byte[]> connection) {
    return new Connected(connection, Bucket4jLettuce.casBasedBuilder(connection)
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
        .build()
        .asAsync());
  }

  private RedisURI uri() {
    var standalone = redis.getStandaloneConfiguration();
    var uri = RedisURI.builder().withHost(standalone.getHostName()).withPort(standalone.getPort())
        .withDatabase(standalone.getDatabase()).withSsl(redis.isUseSsl()).build();
    standalone.getPassword().toOptional().ifPresent(password -> {
      if (standalone.getUsername() != null) {
        uri.setCredentialsProvider(io.lettuce.core.RedisCredentialsProvider.from(() -> io.lettuce.core.RedisCredentials.just(standalone.getUsername(), password)));
      } else {
        uri.setPassword(password);
      }
    });
    return uri;
  }

  private static BucketConfiguration window(int attempts, Duration window) {
    return BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, window))
        .build();
  }
}
