package cn.wanhuo.hub.connectors.channels;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The calls-per-second limit of each app key, shared by every instance through a Bucket4j token bucket in Redis.
 * The bucket holds one token and refills at the account's QPS, so permits are spaced evenly and no one-second window
 * sees more than the platform allows. A caller waits (without blocking a thread) for its turn, up to a bound.
 */
@Component
public class CallRateLimiter {

  private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

  private final LettuceConnectionFactory redis;
  private volatile @Nullable Buckets current;

  /** The proxy manager built on one native connection; rebuilt when the factory hands out another. */
  private record Buckets(Object commands, AsyncProxyManager<byte[]> proxies) {}

  CallRateLimiter(LettuceConnectionFactory redis) {
    this.redis = redis;
  }

  /** Completes when the account may make one call now; errors if its turn is further away than the bound. */
  public Mono<Void> permit(ChannelAccount account) {
    byte[] key = ("{wanhuo-rate}:" + account.channel() + ":" + account.appKey()).getBytes(StandardCharsets.UTF_8);
    var config = BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(1).refillGreedy(account.qps(), Duration.ofSeconds(1)))
        .build();
    return attempt(key, config, account.qps(), Duration.ZERO);
  }

  private Mono<Void> attempt(byte[] key, BucketConfiguration config, int qps, Duration waited) {
    return buckets().flatMap(proxies -> Mono.fromFuture(() -> proxies.builder()
            .withImplicitConfigurationReplacement(qps, TokensInheritanceStrategy.RESET)
            .build(key, config)
            .tryConsumeAndReturnRemaining(1)))
        .flatMap(probe -> probe.isConsumed() ? Mono.<Void>empty() : later(key, config, qps, waited, probe));
  }

  private Mono<Void> later(byte[] key, BucketConfiguration config, int qps, Duration waited, ConsumptionProbe probe) {
    Duration wait = Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000));
    if (waited.plus(wait).compareTo(LONGEST_WAIT) > 0) {
      return Mono.error(new IllegalStateException("No call permit within " + LONGEST_WAIT + " for this app key"));
    }
    return Mono.delay(wait).then(Mono.defer(() -> attempt(key, config, qps, waited.plus(wait))));
  }

  /**
   * Spring Data's shared native connection, asked for on every attempt: the factory replaces it when it is stopped and
   * started again (or reconnects it from scratch), and a manager built on a closed one would fail for ever. Asking
   * may open the connection, so it runs off the event loop.
   */
  private Mono<AsyncProxyManager<byte[]>> buckets() {
    return Mono.fromCallable(() -> {
      Object commands = ((LettuceConnection) redis.getConnection()).getNativeConnection();
      Buckets known = current;
      if (known != null && known.commands() == commands) {
        return known.proxies();
      }
      var fresh = new Buckets(commands, proxies(commands));
      current = fresh;
      return fresh.proxies();
    }).subscribeOn(Schedulers.boundedElastic());
  }

  @SuppressWarnings("unchecked")
  private static AsyncProxyManager<byte[]> proxies(Object commands) {
    var builder = commands instanceof RedisAdvancedClusterAsyncCommands<?, ?> cluster
        ? Bucket4jLettuce.casBasedBuilder((RedisAdvancedClusterAsyncCommands<byte[], byte[]>) cluster)
        : Bucket4jLettuce.casBasedBuilder((RedisAsyncCommands<byte[], byte[]>) commands);
    return builder.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
        .build()
        .asAsync();
  }
}
