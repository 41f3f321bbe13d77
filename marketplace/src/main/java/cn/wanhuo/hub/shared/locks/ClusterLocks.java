package cn.wanhuo.hub.shared.locks;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.redis.spring.RedisLockProvider;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Cluster-wide job locks (ShedLock in Redis): work that must run on one instance at a time, such as rebuilding the
 * search index, runs only where the lock was won. ShedLock's calls block, so they run on the bounded-elastic
 * scheduler; the work itself stays reactive. {@code atMost} frees the lock if the holder dies.
 */
@Component
public class ClusterLocks {

  private final LockProvider provider;

  ClusterLocks(RedisConnectionFactory redis) {
    this.provider = new RedisLockProvider(redis, "wanhuo");
  }

  /** The work's result, or empty when another instance holds the lock. */
  public <T> Mono<T> withLock(String name, Duration atMost, Mono<T> work) {
    return Mono.fromCallable(() -> provider.lock(new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO)))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(lock -> lock.isEmpty()
            ? Mono.<T>empty()
            : work.doFinally(signal -> Schedulers.boundedElastic().schedule(() -> lock.get().unlock())));
  }
}
