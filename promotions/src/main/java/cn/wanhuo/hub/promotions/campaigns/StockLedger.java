package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.Sku;
import cn.wanhuo.hub.marketplace.catalog.StockHolds;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A SKU's stock split: what approved campaign quotas hold back (unsold units of active reservations) and what is
 * left for normal sale and for new quotas. The catalog's stock figure stays the producer's whole stock; the split is
 * computed from the enrolments, so releasing a reservation is all it takes to return unsold units.
 */
@Component
class StockLedger implements StockHolds {

  private final ReactiveMongoTemplate mongo;

  StockLedger(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Units of the SKU held by active reservations, not counting {@code except}. */
  Mono<Integer> reserved(String productId, String skuCode, @Nullable String except) {
    var query = Query.query(Criteria.where("productId").is(productId).and("skuCode").is(skuCode).and("reservation").is(Reservation.ACTIVE));
    return mongo.find(query, Enrolment.class)
        .filter(e -> !Objects.equals(e.id(), except))
        .map(Enrolment::reserved)
        .reduce(0, Integer::sum);
  }

  @Override
  public Mono<Map<String, Integer>> held(String productId) {
    var query = Query.query(Criteria.where("productId").is(productId).and("reservation").is(Reservation.ACTIVE));
    return mongo.find(query, Enrolment.class)
        .filter(e -> e.reserved() > 0)
        .collect(Collectors.groupingBy(Enrolment::skuCode, Collectors.summingInt(Enrolment::reserved)));
  }

  /** Stock left for a new quota: the SKU's stock less what other campaigns hold. */
  Mono<Integer> available(Product product, String skuCode, @Nullable String except) {
    int stock = product.content().skus().stream().filter(s -> s.code().equals(skuCode)).mapToInt(Sku::stock).findFirst().orElse(0);
    return reserved(product.id(), skuCode, except).map(held -> Math.max(0, stock - held));
  }
}
