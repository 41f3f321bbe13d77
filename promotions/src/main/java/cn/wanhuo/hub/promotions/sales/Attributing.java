package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.Products;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.Producers;
import cn.wanhuo.hub.promotions.campaigns.CampaignAttribution;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

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
    return batch(List.of(line)).attribute(line);
  }

  /** Look-ups for these lines, shared between them. */
  Batch batch(Collection<SaleLine> lines) {
    return new Batch(lines.stream().map(SaleLine::productId).collect(Collectors.toSet()));
  }

  /** Look-ups shared by the lines of one batch: its products, their producers and their campaign windows, read once. */
  final class Batch {

    private final Mono<Map<String, Product>> products;
    private final Mono<Map<String, Producer>> producers;
    private final Mono<Map<CampaignAttribution.Sku, List<CampaignAttribution.Window>>> windows;

    private Batch(Set<String> productIds) {
      this.products = Attributing.this.products.findAllById(productIds).collectMap(Product::id).cache();
      this.producers = products.flatMap(found -> Attributing.this.producers
          .findAllById(found.values().stream().map(Product::producerId).collect(Collectors.toSet()))
          .collectMap(Producer::id)).cache();
      this.windows = campaigns.windowsOf(productIds).cache();
    }

    /** Attributes a line of one of the batch's products. */
    Mono<Attribution> attribute(SaleLine line) {
      return Mono.zip(products, producers, windows).flatMap(found -> {
        Product product = found.getT1().get(line.productId());
        if (product == null) {
          return Mono.error(unknown("is not a product of the hub"));
        }
        Producer producer = found.getT2().get(product.producerId());
        if (producer == null) {
          return Mono.error(unknown("belongs to no known producer"));
        }
        String campaignId = found.getT3().getOrDefault(new CampaignAttribution.Sku(line.productId(), line.skuCode()), List.of())
            .stream().filter(w -> w.covers(line.channel(), line.orderedAt())).map(CampaignAttribution.Window::campaignId)
            .findFirst().orElse(null);
        return Mono.just(of(product, producer, campaignId));
      });
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
