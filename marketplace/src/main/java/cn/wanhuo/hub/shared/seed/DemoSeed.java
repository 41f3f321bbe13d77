package cn.wanhuo.hub.shared.seed;

import reactor.core.publisher.Mono;

/**
 * One feature's seed data. Loading must be idempotent (upsert by natural key) so every start may run it.
 * Seeds run in {@link #order()} so that, say, regions exist before the producers that reference them.
 */
public interface DemoSeed {

  /** Lower runs first. */
  int order();

  /** What the log calls this seed, e.g. "regions". */
  String name();

  /** Upserts the seed and answers how many records it holds. */
  Mono<Long> load();
}
