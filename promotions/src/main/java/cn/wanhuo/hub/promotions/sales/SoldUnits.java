package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.promotions.campaigns.CampaignSoldChanged;
import cn.wanhuo.hub.promotions.campaigns.Enrolment;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps {@link Enrolment#sold()} equal to the ledger: the units of the campaign's counted lines for the SKU, summed by
 * MongoDB over the {@code campaign_sku} index. It is recounted, never incremented, so a line applied twice, a refund
 * or two instances recounting at once all end at the ledger's figure; a recount that fails leaves the lines pending
 * and the counter sweep recounts.
 */
@Component
class SoldUnits {

  private final ReactiveMongoTemplate mongo;
  private final ApplicationEventPublisher events;

  SoldUnits(ReactiveMongoTemplate mongo, ApplicationEventPublisher events) {
    this.mongo = mongo;
    this.events = events;
  }

  /** One campaign's sales of one SKU. */
  private record Sku(String campaignId, String productId, String skuCode) {}

  /** Recounts every campaign SKU these entries sold, and announces the products whose count changed. */
  Mono<Void> recount(Collection<LedgerEntry> entries) {
    Set<Sku> skus = entries.stream().filter(entry -> entry.attribution().campaignId() != null)
        .map(entry -> new Sku(entry.attribution().campaignId(), entry.productId(), entry.skuCode()))
        .collect(Collectors.toSet());
    if (skus.isEmpty()) {
      return Mono.empty();
    }
    var changed = new HashSet<String>();
    return Flux.fromIterable(skus)
        .concatMap(sku -> recount(sku).filter(Boolean::booleanValue).doOnNext(yes -> changed.add(sku.productId())))
        .then(Mono.fromRunnable(() -> {
          if (!changed.isEmpty()) {
            events.publishEvent(new CampaignSoldChanged(changed));
          }
        }));
  }

  /** Answers whether the SKU's enrolment now shows a different count. */
  private Mono<Boolean> recount(Sku sku) {
    var counted = Aggregation.newAggregation(
        Aggregation.match(Criteria.where("attribution.campaignId").is(sku.campaignId()).and("productId").is(sku.productId())
            .and("skuCode").is(sku.skuCode()).and("state").is(SaleLineState.COUNTED.name())),
        Aggregation.group().sum("quantity").as("units"));
    return mongo.aggregate(counted, LedgerEntry.class, Document.class).next()
        .map(total -> ((Number) total.get("units")).longValue()).defaultIfEmpty(0L)
        .flatMap(units -> mongo.updateMulti(
            Query.query(Criteria.where("campaignId").is(sku.campaignId()).and("productId").is(sku.productId())
                .and("skuCode").is(sku.skuCode()).and("sold").ne(Math.toIntExact(units))),
            // The version moves too, so an enrolment saved whole from an older read fails instead of undoing the count.
            new Update().set("sold", Math.toIntExact(units)).inc("version", 1), Enrolment.class))
        .map(result -> result.getModifiedCount() > 0);
  }
}
