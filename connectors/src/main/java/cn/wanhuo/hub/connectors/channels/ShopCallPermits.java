package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.connectors.platform.CallPermits;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Paces every HTTP call the adapters make by the shop's rate limit. The adapters see only credentials, so the shop
 * behind them is remembered when {@link ChannelAccounts#credentials} hands them out, with its QPS as it is then.
 */
@Component
class ShopCallPermits implements CallPermits {

  private final CallRateLimiter limiter;
  private final Map<String, ChannelAccount> shops = new ConcurrentHashMap<>();

  ShopCallPermits(CallRateLimiter limiter) {
    this.limiter = limiter;
  }

  void remember(ChannelAccount account, ShopCredentials credentials) {
    shops.put(key(credentials), account);
  }

  @Override
  public Mono<Void> permit(ShopCredentials shop) {
    ChannelAccount account = shops.get(key(shop));
    // Credentials come only from ChannelAccounts, which remembers them first; anything else is not a shop's call.
    return account == null
        ? Mono.error(new IllegalStateException("Platform call for credentials no shop handed out"))
        : limiter.permit(account);
  }

  private static String key(ShopCredentials shop) {
    return shop.gateway() + " " + shop.appKey();
  }
}
