package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A shop as the admin screens show it: never the secret or the token, only whether they are set, and of the app
 * key only its last four characters.
 */
public record ShopView(
    String id,
    Channel channel,
    String shopName,
    String gateway,
    String appKeyHint,
    boolean secretSet,
    boolean tokenSet,
    @Nullable Instant tokenExpiresAt,
    AccountStatus status,
    @Nullable String statusMessage,
    int qps,
    Instant createdAt,
    Instant updatedAt) {

  static ShopView of(ShopAccount shop) {
    String key = shop.appKey();
    String hint = "…" + key.substring(Math.max(0, key.length() - 4));
    return new ShopView(shop.id(), shop.channel(), shop.shopName(), shop.gateway(), hint, !shop.sealedSecret().isEmpty(),
        !shop.sealedToken().isEmpty(), shop.tokenExpiresAt(), shop.status(), shop.statusMessage(), shop.qps(), shop.createdAt(),
        shop.updatedAt());
  }
}
