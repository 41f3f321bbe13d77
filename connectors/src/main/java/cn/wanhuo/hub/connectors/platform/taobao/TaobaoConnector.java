package cn.wanhuo.hub.connectors.platform.taobao;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Taobao/Tmall through TOP: items with SKUs priced in yuan, trades by modification time in one-day windows. */
@Component
public class TaobaoConnector implements PlatformConnector {

  static final Duration LONGEST_WINDOW = Duration.ofDays(1);
  static final int PAGE_SIZE = 100;
  static final String TRADE_FIELDS = "tid,status,created,modified,buyer_nick,payment,orders";

  private final TopGateway top;

  @Autowired
  public TaobaoConnector(PlatformHttp http) {
    this(http, Clock.systemUTC());
  }

  TaobaoConnector(PlatformHttp http, Clock clock) {
    this.top = new TopGateway(http, clock);
  }

  @Override
  public Channel channel() {
    return Channel.TAOBAO;
  }

  @Override
  public Mono<PlatformItem> findByOuterId(ShopCredentials shop, String outerId) {
    return top.call(shop, "taobao.items.custom.get", Map.of("outer_id", outerId, "fields", "num_iid,outer_id,sku"),
            answer -> TaobaoItems.withOuterId(answer, outerId))
        .flatMap(Mono::justOrEmpty);
  }

  @Override
  public Mono<PlatformItem> publish(ShopCredentials shop, Listing listing) {
    return Mono.defer(() -> top.call(shop, "taobao.item.add", TaobaoItems.addParams(listing), answer -> TaobaoItems.read(answer.path("item"))));
  }

  @Override
  public Mono<PlatformItem> update(ShopCredentials shop, PlatformItem item, Listing listing) {
    Map<String, String> params = new LinkedHashMap<>(TaobaoItems.itemFields(listing));
    params.put("num_iid", item.itemId());
    String total = String.valueOf(Offers.totalStock(listing));
    return top.call(shop, "taobao.item.update", params, answer -> answer)
        .then(top.call(shop, "taobao.item.update.listing", Map.of("num_iid", item.itemId(), "num", total), answer -> item));
  }

  @Override
  public Mono<Void> updatePriceAndStock(ShopCredentials shop, PlatformItem item, List<SkuOffer> skus) {
    return Flux.fromIterable(skus).concatMap(sku -> Mono.fromSupplier(() -> SkuIds.of(channel(), item, sku))
            .flatMap(skuId -> top.call(shop, "taobao.item.sku.price.update",
                    Map.of("num_iid", item.itemId(), "sku_id", skuId, "price", Yuan.fromFen(sku.priceFen())), answer -> answer)
                .then(top.call(shop, "taobao.item.quantity.update", Map.of("num_iid", item.itemId(), "sku_id", skuId,
                    "quantity", String.valueOf(sku.stock()), "type", "1"), answer -> answer))))
        .then();
  }

  @Override
  public Mono<Void> delist(ShopCredentials shop, PlatformItem item) {
    return top.call(shop, "taobao.item.update.delisting", Map.of("num_iid", item.itemId()), answer -> answer).then();
  }

  @Override
  public Flux<PlatformOrder> ordersModified(ShopCredentials shop, Instant from, Instant to) {
    return OrderPaging.modified(from, to, LONGEST_WINDOW, (window, page) -> tradesPage(shop, window, page));
  }

  private Mono<OrderPage> tradesPage(ShopCredentials shop, OrderWindow window, int page) {
    Map<String, String> params = Map.of("fields", TRADE_FIELDS,
        "start_modified", BeijingTime.seconds(window.start()), "end_modified", BeijingTime.seconds(window.end()),
        "page_no", String.valueOf(page), "page_size", String.valueOf(PAGE_SIZE));
    return top.call(shop, "taobao.trades.sold.increment.get", params, TaobaoTrades::page);
  }
}
