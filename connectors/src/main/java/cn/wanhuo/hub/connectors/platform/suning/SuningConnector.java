package cn.wanhuo.hub.connectors.platform.suning;

import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.connectors.platform.PlatformConnector;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import cn.wanhuo.hub.connectors.platform.internal.BeijingTime;
import cn.wanhuo.hub.connectors.platform.internal.Offers;
import cn.wanhuo.hub.connectors.platform.internal.OrderPage;
import cn.wanhuo.hub.connectors.platform.internal.OrderPaging;
import cn.wanhuo.hub.connectors.platform.internal.OrderWindow;
import cn.wanhuo.hub.connectors.platform.internal.PlatformHttp;
import cn.wanhuo.hub.connectors.platform.internal.SkuIds;
import cn.wanhuo.hub.connectors.platform.internal.Yuan;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Suning: each of our SKUs is a child item with its own product code (the platform's SKU id) under the parent
 * item; prices in yuan; orders by modification time in one-day windows of at most 50 per page.
 */
@Component
public class SuningConnector implements PlatformConnector {

  static final Duration LONGEST_WINDOW = Duration.ofDays(1);
  static final int PAGE_SIZE = 50;
  private static final String MODIFY = "suning.custom.item.modify";

  private final SuningGateway suning;

  @Autowired
  public SuningConnector(PlatformHttp http) {
    this(http, Clock.systemUTC());
  }

  SuningConnector(PlatformHttp http, Clock clock) {
    this.suning = new SuningGateway(http, clock);
  }

  @Override
  public Channel channel() {
    return Channel.SUNING;
  }

  @Override
  public Mono<PlatformItem> findByOuterId(ShopCredentials shop, String outerId) {
    return suning.call(shop, "suning.custom.item.query", "queryItem", Map.of("itemCode", outerId),
            content -> SuningItems.withItemCode(SuningGateway.body(content, "queryItem"), outerId))
        .flatMap(Mono::justOrEmpty);
  }

  @Override
  public Mono<PlatformItem> publish(ShopCredentials shop, Listing listing) {
    return Mono.defer(() -> suning.call(shop, "suning.custom.item.add", "addItem", addItem(listing),
        content -> SuningItems.read(SuningGateway.body(content, "addItem"))));
  }

  private Map<String, Object> addItem(Listing listing) {
    List<Map<String, Object>> children = Offers.requireSkus(channel(), listing).skus().stream().<Map<String, Object>>map(sku -> Map.of(
        "itemCode", sku.outerSkuId(), "price", Yuan.fromFen(sku.priceFen()), "invNum", sku.stock())).toList();
    return Map.of("itemCode", listing.outerId(), "productName", listing.title(), "categoryCode", listing.categoryId(),
        "introduction", listing.description(), "images", listing.imageUrls(), "childItem", children);
  }

  @Override
  public Mono<PlatformItem> update(ShopCredentials shop, PlatformItem item, Listing listing) {
    Map<String, Object> changes = Map.of("productCode", item.itemId(), "productName", listing.title(),
        "introduction", listing.description(), "images", listing.imageUrls(), "status", "1");
    return suning.call(shop, MODIFY, "modifyItem", changes, content -> item);
  }

  @Override
  public Mono<Void> updatePriceAndStock(ShopCredentials shop, PlatformItem item, List<SkuOffer> skus) {
    return Flux.fromIterable(skus).concatMap(sku -> Mono.fromSupplier(() -> SkuIds.of(channel(), item, sku))
            .flatMap(child -> suning.call(shop, "suning.custom.price.modify", "price",
                    Map.of("productCode", child, "price", Yuan.fromFen(sku.priceFen())), content -> content)
                .then(suning.call(shop, "suning.custom.inventory.modify", "inventory",
                    Map.of("productCode", child, "destInvNum", sku.stock()), content -> content))))
        .then();
  }

  @Override
  public Mono<Void> delist(ShopCredentials shop, PlatformItem item) {
    return suning.call(shop, MODIFY, "modifyItem", Map.of("productCode", item.itemId(), "status", "0"), content -> content)
        .then();
  }

  @Override
  public Flux<PlatformOrder> ordersModified(ShopCredentials shop, Instant from, Instant to) {
    return OrderPaging.modified(from, to, LONGEST_WINDOW, (window, page) -> ordersPage(shop, window, page));
  }

  private Mono<OrderPage> ordersPage(ShopCredentials shop, OrderWindow window, int page) {
    Map<String, Object> query = Map.of("startTime", BeijingTime.seconds(window.start()),
        "endTime", BeijingTime.seconds(window.end()), "pageNo", page, "pageSize", PAGE_SIZE);
    return suning.call(shop, "suning.custom.ord.query", "ord", query, SuningOrders::page);
  }
}
