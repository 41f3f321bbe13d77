package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.shared.search.SearchSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hot pavilion reads (home, prefecture pages, product pages) kept in Redis as the JSON the browser receives, with an
 * ETag computed from that JSON. The cache only speeds things up: when Redis is away the page is computed and served
 * anyway. Keys share one {hash tag} so an eviction of several keys stays in one Redis Cluster slot, and carry the
 * index prefix so hubs (or test runs) sharing a Redis never see each other's pages.
 */
@Component
public class PavilionCache {

  /** A page as served: its JSON and a strong ETag of it. */
  public record Page(String json, String etag) {}

  private static final Logger log = LoggerFactory.getLogger(PavilionCache.class);
  private static final Duration REDIS_TIMEOUT = Duration.ofMillis(300);

  private final ReactiveStringRedisTemplate redis;
  private final JsonMapper json;
  private final String prefix;

  PavilionCache(ReactiveStringRedisTemplate redis, JsonMapper json, SearchSettings settings) {
    this.redis = redis;
    this.json = json;
    this.prefix = "{" + settings.indexPrefix() + ":pavilion}:";
  }

  /** The cached page, or the computed one (then cached for {@code ttl}). */
  public Mono<Page> page(String key, Duration ttl, Supplier<Mono<?>> compute) {
    String redisKey = prefix + key;
    return redis.opsForValue().get(redisKey).timeout(REDIS_TIMEOUT)
        .onErrorResume(e -> {
          log.debug("Pavilion cache unavailable for {}: {}", key, e.toString());
          return Mono.empty();
        })
        .map(PavilionCache::page)
        .switchIfEmpty(Mono.defer(() -> compute.get().map(value -> page(json.writeValueAsString(value)))
            .flatMap(page -> redis.opsForValue().set(redisKey, page.json(), ttl).timeout(REDIS_TIMEOUT)
                .onErrorResume(e -> Mono.just(false))
                .thenReturn(page))));
  }

  /**
   * Forgets pages (keys as given to {@link #page}). Called after the index took a change; again a moment later,
   * because a page computed from the index just before its refresh could otherwise be cached with the old content.
   */
  public Mono<Void> evictAfterIndexing(Collection<String> keys) {
    var redisKeys = keys.stream().map(key -> prefix + key).toList();
    return delete(redisKeys).then(Mono.delay(Duration.ofMillis(1500))).then(delete(redisKeys));
  }

  private Mono<Void> delete(List<String> keys) {
    return redis.unlink(keys.toArray(String[]::new)).timeout(REDIS_TIMEOUT)
        .onErrorResume(e -> {
          log.warn("Pavilion cache not evicted ({}); pages expire by themselves", e.toString());
          return Mono.empty();
        })
        .then();
  }

  private static Page page(String json) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return new Page(json, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
