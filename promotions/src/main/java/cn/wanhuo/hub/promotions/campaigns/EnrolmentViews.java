package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.Products;
import cn.wanhuo.hub.marketplace.catalog.Sku;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.Producers;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Builds enrolment answers with their campaigns, producers' names and current stock, looked up once per page. */
@Component
class EnrolmentViews {

  private final Campaigns campaigns;
  private final Producers producers;
  private final Products products;

  EnrolmentViews(Campaigns campaigns, Producers producers, Products products) {
    this.campaigns = campaigns;
    this.producers = producers;
    this.products = products;
  }

  Mono<EnrolmentView> of(Enrolment enrolment) {
    return of(List.of(enrolment)).map(views -> views.get(0));
  }

  Mono<List<EnrolmentView>> of(List<Enrolment> enrolments) {
    if (enrolments.isEmpty()) {
      return Mono.just(List.of());
    }
    return Mono.zip(
            campaigns.findAllById(enrolments.stream().map(Enrolment::campaignId).distinct().toList())
                .collectMap(Campaign::id, Function.identity()),
            producers.findAllById(enrolments.stream().map(Enrolment::producerId).distinct().toList())
                .collectMap(Producer::id, p -> p.profile().legalNameZh()),
            products.findAllById(enrolments.stream().map(Enrolment::productId).distinct().toList())
                .collectMap(Product::id, Function.identity()))
        .map(found -> enrolments.stream().filter(e -> found.getT1().containsKey(e.campaignId())).map(e -> {
          Product product = found.getT3().get(e.productId());
          Integer stock = product == null ? null : product.content().skus().stream().filter(s -> s.code().equals(e.skuCode()))
              .map(Sku::stock).findFirst().orElse(null);
          return EnrolmentView.of(e, found.getT1().get(e.campaignId()), found.getT2().get(e.producerId()), stock);
        }).toList());
  }
}
