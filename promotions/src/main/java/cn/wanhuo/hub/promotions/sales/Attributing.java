package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.Products;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.Producers;
import cn.wanhuo.hub.promotions.campaigns.CampaignAttribution;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

/**
 * Decides where a new line belongs: its product's producer, region and category, and the campaign that sold it. A
 * {@link Batch} looks each product and SKU up once, however many of the batch's lines sell it.
 */
@Component
class Attributing {

  private final Products products;
  private final Producers producers;
  private final CampaignAttribution campaigns;

  Attributing(Products products, Producers producers, CampaignAttribution campaigns) {
    this.products = products;
    this.producers = producers;
    this.campaigns = campaigns;
  }

  Mono<Attribution> attribute(SaleLine line) {
    return batch().attribute(line);
  }

  Batch batch() {
    return new Batch();
  }

  /** Look-ups shared by the lines of one batch. */
  final class Batch {

    private final Map<String, Mono<Tuple2<Product, Producer>>> owners = new ConcurrentHashMap<>();
    private final Map<String, Mono<List<CampaignAttribution.Window>>> windows = new ConcurrentHashMap<>();

    Mono<Attribution> attribute(SaleLine line) {
      return owners.computeIfAbsent(line.productId(), id -> owner(id).cache())
          .zipWith(windows.computeIfAbsent(line.productId() + "\u0000" + line.skuCode(),
              key -> campaigns.windowsOf(line.productId(), line.skuCode()).cache()))
          .map(found -> of(found.getT1().getT1(), found.getT1().getT2(), found.getT2().stream()
              .filter(w -> w.covers(line.channel(), line.orderedAt())).map(CampaignAttribution.Window::campaignId).findFirst()
              .orElse(null)));
    }

    private Mono<Tuple2<Product, Producer>> owner(String productId) {
      return products.findById(productId)
          .switchIfEmpty(Mono.error(() -> unknown("is not a product of the hub")))
          .flatMap(product -> producers.findById(product.producerId())
              .switchIfEmpty(Mono.error(() -> unknown("belongs to no known producer")))
              .map(producer -> Tuples.of(product, producer)));
    }
  }

  private static Attribution of(Product product, Producer producer, @Nullable String campaignId) {
    var profile = producer.profile();
    return new Attribution(campaignId, producer.id(), profile.prefectureCode(), profile.countyCode(), product.content().category(),
        product.content().nameZh(), product.content().nameEn());
  }

  private static InvalidSaleLine unknown(String why) {
    return new InvalidSaleLine(List.of(new FieldProblem("productId", why)));
  }
}
