package cn.wanhuo.hub.connectors.platform.pinduoduo;

import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.connectors.platform.PlatformConnector;
import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import cn.wanhuo.hub.connectors.platform.internal.OrderPage;
import cn.wanhuo.hub.connectors.platform.internal.OrderPaging;
import cn.wanhuo.hub.connectors.platform.internal.OrderWindow;
import cn.wanhuo.hub.connectors.platform.internal.PlatformHttp;
import cn.wanhuo.hub.connectors.platform.internal.PlatformJson;
import cn.wanhuo.hub.connectors.platform.internal.SkuIds;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Pinduoduo: goods with SKUs priced in fen, orders by update time in 30-minute windows. */
@Component
public class PinduoduoConnector implements PlatformConnector {

  static final Duration LONGEST_WINDOW = Duration.ofMinutes(30);
  static final int PAGE_SIZE = 100;
  private static final String SALE_STATUS = "pdd.goods.sale.status.set";
  private static final String SALE_STATUS_ANSWER = "goods_sale_status_set_response";

  private final PddGateway pdd;

  @Autowired
  public PinduoduoConnector(PlatformHttp http) {
    this(http, Clock.systemUTC());
  }

  PinduoduoConnector(PlatformHttp http, Clock clock) {
    this.pdd = new PddGateway(http, clock);
  }

  @Override
  public Channel channel() {
    return Channel.PINDUODUO;
  }

  @Override
  public Mono<PlatformItem> findByOuterId(ShopCredentials shop, String outerId) {
    return pdd.call(shop, "pdd.goods.list.get", Map.of("outer_id", outerId, "page", "1", "page_size", "10"),
            "goods_list_get_response", PddGoods::first)
        .flatMap(Mono::justOrEmpty);
  }

  /** {@code pdd.goods.add} answers no SKU ids, so a find by outer id follows; until it sees the goods, try again. */
  @Override
  public Mono<PlatformItem> publish(ShopCredentials shop, Listing listing) {
    return Mono.defer(() -> pdd.call(shop, "pdd.goods.add", PddGoods.addParams(listing), "goods_add_response",
            answer -> PlatformJson.text(answer, "goods_id")))
        .flatMap(goodsId -> findByOuterId(shop, listing.outerId())
            .switchIfEmpty(Mono.error(() -> new PlatformException(channel(), Failure.RETRYABLE, "NOT_VISIBLE_YET",
                "Pinduoduo created goods " + goodsId + " but does not list it under " + listing.outerId() + " yet"))));
  }

  @Override
  public Mono<PlatformItem> update(ShopCredentials shop, PlatformItem item, Listing listing) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("goods_id", item.itemId());
    params.put("goods_name", listing.title());
    params.put("goods_desc", listing.description());
    params.put("carousel_gallery", PlatformJson.write(listing.imageUrls()));
    return pdd.call(shop, "pdd.goods.information.update", params, "goods_information_update_response", answer -> answer)
        .then(saleStatus(shop, item, 1))
        .thenReturn(item);
  }

  @Override
  public Mono<Void> updatePriceAndStock(ShopCredentials shop, PlatformItem item, List<SkuOffer> skus) {
    if (skus.isEmpty()) {
      return Mono.empty();
    }
    return Mono.fromSupplier(() -> PddGoods.skuPriceList(item, skus))
        .flatMap(prices -> pdd.call(shop, "pdd.goods.sku.price.update", Map.of("goods_id", item.itemId(),
            "sku_price_list", prices), "goods_update_sku_price_response", answer -> answer))
        .thenMany(Flux.fromIterable(skus).concatMap(sku -> pdd.call(shop, "pdd.goods.quantity.update",
            Map.of("goods_id", item.itemId(), "sku_id", SkuIds.of(channel(), item, sku),
                "quantity", String.valueOf(sku.stock()), "update_type", "1"),
            "goods_quantity_update_response", answer -> answer)))
        .then();
  }

  @Override
  public Mono<Void> delist(ShopCredentials shop, PlatformItem item) {
    return saleStatus(shop, item, 0);
  }

  @Override
  public Flux<PlatformOrder> ordersModified(ShopCredentials shop, Instant from, Instant to) {
    return OrderPaging.modified(from, to, LONGEST_WINDOW, (window, page) -> ordersPage(shop, window, page));
  }

  private Mono<Void> saleStatus(ShopCredentials shop, PlatformItem item, int onSale) {
    return pdd.call(shop, SALE_STATUS, Map.of("goods_id", item.itemId(), "is_onsale", String.valueOf(onSale)),
        SALE_STATUS_ANSWER, answer -> answer).then();
  }

  private Mono<OrderPage> ordersPage(ShopCredentials shop, OrderWindow window, int page) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("start_updated_at", String.valueOf(window.start().getEpochSecond()));
    params.put("end_updated_at", String.valueOf(window.end().getEpochSecond()));
    params.put("order_status", "5");
    params.put("refund_status", "5");
    params.put("page", String.valueOf(page));
    params.put("page_size", String.valueOf(PAGE_SIZE));
    params.put("use_has_next", "false");
    return pdd.call(shop, "pdd.order.number.list.increment.get", params, "order_sn_increment_get_response",
        PddOrders::page);
  }
}
