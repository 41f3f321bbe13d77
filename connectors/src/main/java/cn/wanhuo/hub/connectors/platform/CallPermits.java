package cn.wanhuo.hub.connectors.platform;

import reactor.core.publisher.Mono;

/**
 * Paces calls to a platform: every HTTP call an adapter makes waits for a permit for its shop first, so one shop's
 * calls stay within what the platform allows it (per app key, across every instance of the hub) however many
 * workers, imports and retries run at once.
 */
public interface CallPermits {

  /** Lets every call through at once: for tests of the adapters alone. */
  CallPermits UNLIMITED = shop -> Mono.empty();

  /** Completes when the shop may make one call. */
  Mono<Void> permit(ShopCredentials shop);
}
