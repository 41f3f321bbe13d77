package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.Products;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.Producers;
import cn.wanhuo.hub.promotions.campaigns.CampaignAttribution;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Decides where a new line belongs: its product's producer, region and category, and the campaign that sold it. */
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
    return products.findById(line.productId())
        .switchIfEmpty(Mono.error(() -> unknown("productId", "is not a product of the hub")))
        .flatMap(product -> producers.findById(product.producerId())
            .switchIfEmpty(Mono.error(() -> unknown("productId", "belongs to no known producer")))
            .zipWith(campaigns.campaignOf(line.productId(), line.skuCode(), line.channel(), line.orderedAt())
                .map(Optional::of).defaultIfEmpty(Optional.empty()))
            .map(found -> of(product, found.getT1(), found.getT2().orElse(null))));
  }

  private static Attribution of(Product product, Producer producer, @Nullable String campaignId) {
    var profile = producer.profile();
    return new Attribution(campaignId, producer.id(), profile.prefectureCode(), profile.countyCode(), product.content().category(),
        product.content().nameZh(), product.content().nameEn());
  }

  private static InvalidSaleLine unknown(String field, String why) {
    return new InvalidSaleLine(List.of(new FieldProblem(field, why)));
  }
}
