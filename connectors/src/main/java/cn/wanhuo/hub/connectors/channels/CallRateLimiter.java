package cn.wanhuo.hub.connectors.channels;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("call-permits").factory());

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
    // A reservation, not a poll: each caller is given the next free turn at once (the bucket goes into debt) and
    // waits for it. Polling callers woke late and raced for each token, and every delay was a turn lost: at 50 QPS
    // on a busy machine shops got well under half their limit (docs/benchmarks.md, listing push).
    return buckets().flatMap(proxies -> Mono.fromFuture(() -> proxies.builder()
            .withImplicitConfigurationReplacement(account.qps(), TokensInheritanceStrategy.RESET)
            .build(key, config)
            .asScheduler()
            .tryConsume(1, LONGEST_WAIT, timer))
            // Redis may never answer (a connection lost mid-command): the caller gets an error, not a wait for ever.
            .timeout(LONGEST_WAIT.plusSeconds(5)))
        // The timer thread only wakes callers; their work continues on Reactor's own threads.
        .publishOn(Schedulers.parallel())
        .flatMap(granted -> granted ? Mono.<Void>empty()
            : Mono.error(new IllegalStateException("No call permit within " + LONGEST_WAIT + " for this app key")));
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

  @PreDestroy
  void stop() {
    timer.shutdownNow();
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
