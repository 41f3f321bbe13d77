package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored shop: secret and token only as {@link SecretBox} ciphertexts, so a database dump or backup holds no
 * usable credential.
 */
@Document("channel_accounts")
record ShopAccount(
    @Id @Nullable String id,
    @Indexed Channel channel,
    String shopName,
    String gateway,
    String appKey,
    String sealedSecret,
    String sealedToken,
    @Nullable Instant tokenExpiresAt,
    @Indexed AccountStatus status,
    @Nullable String statusMessage,
    int qps,
    Instant createdAt,
    Instant updatedAt,
    @Version @Nullable Long version) {

  ChannelAccount view() {
    return new ChannelAccount(id(), channel, shopName, URI.create(gateway), appKey, tokenExpiresAt, status, qps, statusMessage,
        createdAt, updatedAt);
  }

  @Override
  public String id() {
    if (id == null) {
      throw new IllegalStateException("A shop account has an id once saved");
    }
    return id;
  }

  ShopAccount with(String newShopName, String newGateway, String newAppKey, String secret, String token,
      @Nullable Instant expires, int newQps, Instant now) {
    return new ShopAccount(id, channel, newShopName, newGateway, newAppKey, secret, token, expires, status, statusMessage, newQps,
        createdAt, now, version);
  }

  ShopAccount withStatus(AccountStatus newStatus, @Nullable String message, Instant now) {
    return new ShopAccount(id, channel, shopName, gateway, appKey, sealedSecret, sealedToken, tokenExpiresAt, newStatus, message, qps,
        createdAt, now, version);
  }

  ShopAccount reauthorized(String token, @Nullable Instant expires, Instant now) {
    return new ShopAccount(id, channel, shopName, gateway, appKey, sealedSecret, token, expires, AccountStatus.ACTIVE, null, qps,
        createdAt, now, version);
  }
}
