package cn.wanhuo.hub.connectors.platform;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the hub asks of one platform's open API. Every call is signed with the shop's credentials and fails with a
 * {@link PlatformException} that says whether to retry, re-authorise or show the operator. Rate limiting is the
 * caller's job: an adapter sends when asked.
 */
public interface PlatformConnector {

  Channel channel();

  /** The item listed under our outer id (the hub's product id), if any: creation is idempotent through this. */
  Mono<PlatformItem> findByOuterId(ShopCredentials shop, String outerId);

  /** Creates the item with its SKUs, prices and stock, on sale. */
  Mono<PlatformItem> publish(ShopCredentials shop, Listing listing);

  /** Brings title, description and properties of an existing item up to date, and puts it back on sale. */
  Mono<PlatformItem> update(ShopCredentials shop, PlatformItem item, Listing listing);

  /** Sets each SKU's price and full (not delta) stock. */
  Mono<Void> updatePriceAndStock(ShopCredentials shop, PlatformItem item, List<SkuOffer> skus);

  /** Takes the item off sale; the platform keeps it, so a later publish finds it again by outer id. */
  Mono<Void> delist(ShopCredentials shop, PlatformItem item);

  /**
   * Orders modified in [{@code from}, {@code to}), each with its current state. The adapter cuts the span into the
   * windows the platform allows and pages each window backwards (last page first), so an order that moves while
   * paging is seen twice rather than missed; callers dedup by order id.
   */
  Flux<PlatformOrder> ordersModified(ShopCredentials shop, Instant from, Instant to);
}
