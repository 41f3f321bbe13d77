package cn.wanhuo.hub.connectors.platform.jd;

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

/** JD through JOS: wares with SKUs priced in yuan, orders by modification time in one-day windows. */
@Component
public class JdConnector implements PlatformConnector {

  static final Duration LONGEST_WINDOW = Duration.ofDays(1);
  static final int PAGE_SIZE = 100;
  static final String ORDER_FIELDS = "orderId,orderState,orderStartTime,modified,pin,orderPayment,itemInfoList";
  static final String ORDER_STATES = "WAIT_SELLER_STOCK_OUT,WAIT_GOODS_RECEIVE_CONFIRM,FINISHED_L,TRADE_CANCELED";
  private static final int UP = 1;
  private static final int DOWN = 2;

  private final JosGateway jos;

  @Autowired
  public JdConnector(PlatformHttp http) {
    this(http, Clock.systemUTC());
  }

  JdConnector(PlatformHttp http, Clock clock) {
    this.jos = new JosGateway(http, clock);
  }

  @Override
  public Channel channel() {
    return Channel.JD;
  }

  @Override
  public Mono<PlatformItem> findByOuterId(ShopCredentials shop, String outerId) {
    return jos.call(shop, "jingdong.ware.read.searchWare4Valid", Map.of("outerId", outerId),
            result -> JdWares.withOuterId(result, outerId))
        .flatMap(Mono::justOrEmpty);
  }

  @Override
  public Mono<PlatformItem> publish(ShopCredentials shop, Listing listing) {
    return Mono.defer(() -> jos.call(shop, "jingdong.ware.write.add", addParams(listing),
        result -> JdWares.read(result.path("ware"))));
  }

  private Map<String, Object> addParams(Listing listing) {
    List<Map<String, Object>> skus = Offers.requireSkus(channel(), listing).skus().stream().<Map<String, Object>>map(sku -> Map.of(
        "jdPrice", Yuan.fromFen(sku.priceFen()), "outerId", sku.outerSkuId(), "saleAttrs", sku.spec(),
        "stockNum", sku.stock())).toList();
    Map<String, Object> ware = Map.of("categoryId", listing.categoryId(), "images", listing.imageUrls(),
        "introduction", listing.description(), "outerId", listing.outerId(), "title", listing.title(), "wareStatus", 8);
    return Map.of("skus", skus, "ware", ware);
  }

  @Override
  public Mono<PlatformItem> update(ShopCredentials shop, PlatformItem item, Listing listing) {
    return Mono.defer(() -> {
      Map<String, Object> ware = Map.of("categoryId", listing.categoryId(), "images", listing.imageUrls(),
          "introduction", listing.description(), "title", listing.title(), "wareId", wareId(item));
      return jos.call(shop, "jingdong.ware.write.updateWare", Map.of("ware", ware), result -> result);
    }).then(shelf(shop, item, UP, "Wanhuo Hub: listing updated")).thenReturn(item);
  }

  @Override
  public Mono<Void> updatePriceAndStock(ShopCredentials shop, PlatformItem item, List<SkuOffer> skus) {
    return Flux.fromIterable(skus).concatMap(sku -> Mono.fromSupplier(() -> Long.parseLong(SkuIds.of(channel(), item, sku)))
            .flatMap(skuId -> jos.call(shop, "jingdong.price.write.updateSkuJdPrice",
                    Map.of("jdPrice", Yuan.fromFen(sku.priceFen()), "skuId", skuId), result -> result)
                .then(jos.call(shop, "jingdong.stock.write.updateSkuStock",
                    Map.of("skuId", skuId, "stockNum", sku.stock(), "storeId", 0), result -> result))))
        .then();
  }

  @Override
  public Mono<Void> delist(ShopCredentials shop, PlatformItem item) {
    return shelf(shop, item, DOWN, "Wanhuo Hub: delisted");
  }

  @Override
  public Flux<PlatformOrder> ordersModified(ShopCredentials shop, Instant from, Instant to) {
    return OrderPaging.modified(from, to, LONGEST_WINDOW, (window, page) -> ordersPage(shop, window, page));
  }

  private Mono<Void> shelf(ShopCredentials shop, PlatformItem item, int opType, String note) {
    return Mono.defer(() -> jos.call(shop, "jingdong.ware.write.upOrDown",
        Map.of("note", note, "opType", opType, "wareId", wareId(item)), result -> result)).then();
  }

  private Mono<OrderPage> ordersPage(ShopCredentials shop, OrderWindow window, int page) {
    Map<String, Object> params = Map.of("dateType", 0, "end_date", BeijingTime.seconds(window.end()),
        "optional_fields", ORDER_FIELDS, "order_state", ORDER_STATES, "page", String.valueOf(page),
        "page_size", String.valueOf(PAGE_SIZE), "sortType", 1, "start_date", BeijingTime.seconds(window.start()));
    return jos.call(shop, "jingdong.pop.order.search", params, JdOrders::page);
  }

  private static long wareId(PlatformItem item) {
    return Long.parseLong(item.itemId());
  }
}
