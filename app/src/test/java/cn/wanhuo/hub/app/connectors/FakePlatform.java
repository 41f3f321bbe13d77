package cn.wanhuo.hub.app.connectors;

import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.connectors.platform.PlatformConnector;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** An in-memory stand-in for one external platform: a {@link FakeShop} per app key, as the real platforms keep shops apart. */
public final class FakePlatform implements PlatformConnector {

  private final Channel channel;
  private final Map<String, FakeShop> shops = new ConcurrentHashMap<>();

  FakePlatform(Channel channel) {
    this.channel = channel;
  }

  /** The shop with this app key. */
  public FakeShop shop(String appKey) {
    return shops.computeIfAbsent(appKey, key -> new FakeShop(channel));
  }

  @Override
  public Channel channel() {
    return channel;
  }

  @Override
  public Mono<PlatformItem> findByOuterId(ShopCredentials shop, String outerId) {
    return shop(shop.appKey()).findByOuterId(outerId);
  }

  @Override
  public Mono<PlatformItem> publish(ShopCredentials shop, Listing listing) {
    return shop(shop.appKey()).publish(listing);
  }

  @Override
  public Mono<PlatformItem> update(ShopCredentials shop, PlatformItem item, Listing listing) {
    return shop(shop.appKey()).update(item, listing);
  }

  @Override
  public Mono<Void> updatePriceAndStock(ShopCredentials shop, PlatformItem item, List<SkuOffer> skus) {
    return shop(shop.appKey()).updatePriceAndStock(item, skus);
  }

  @Override
  public Mono<Void> delist(ShopCredentials shop, PlatformItem item) {
    return shop(shop.appKey()).delist(item);
  }

  @Override
  public Flux<PlatformOrder> ordersModified(ShopCredentials shop, Instant from, Instant to) {
    return shop(shop.appKey()).ordersModified(from, to);
  }
}
