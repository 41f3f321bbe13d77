package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.promotions.campaigns.CampaignSoldChanged;
import cn.wanhuo.hub.promotions.campaigns.Enrolment;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
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

  private static final int CONCURRENCY = 8;

  private final ReactiveMongoTemplate mongo;
  private final ApplicationEventPublisher events;
  private final Set<String> changed = ConcurrentHashMap.newKeySet();

  SoldUnits(ReactiveMongoTemplate mongo, ApplicationEventPublisher events) {
    this.mongo = mongo;
    this.events = events;
  }

  /** One campaign's sales of one SKU. */
  private record Sku(String campaignId, String productId, String skuCode) {}

  /** Recounts every campaign SKU these entries sold; the products whose count changed are announced shortly. */
  Mono<Void> recount(Collection<LedgerEntry> entries) {
    Set<Sku> skus = entries.stream().filter(entry -> entry.attribution().campaignId() != null)
        .map(entry -> new Sku(entry.attribution().campaignId(), entry.productId(), entry.skuCode()))
        .collect(Collectors.toSet());
    if (skus.isEmpty()) {
      return Mono.empty();
    }
    return counted(skus)
        .flatMapMany(units -> Flux.fromIterable(skus).flatMap(sku -> store(sku, units.getOrDefault(sku, 0L))
            .filter(Boolean::booleanValue).doOnNext(yes -> changed.add(sku.productId())), CONCURRENCY))
        .then();
  }

  /**
   * Announces the products whose count changed since the last announcement, all in one event. A burst of orders
   * changes a hot product's count with every batch; its listings and search document follow once a second instead of
   * once a batch. The listeners read the counts when they run, so a change saved meanwhile is not missed.
   */
  @Scheduled(fixedDelayString = "${wanhuo.sales.sold-announce-interval:1s}")
  void announce() {
    var announced = new HashSet<String>();
    for (var pending = changed.iterator(); pending.hasNext(); ) {
      announced.add(pending.next());
      pending.remove();
    }
    if (!announced.isEmpty()) {
      events.publishEvent(new CampaignSoldChanged(announced));
    }
  }

  /**
   * The counted units of these SKUs, in one aggregation however many: per SKU it was one pass over the ledger each
   * (on a database without the index, a scan each). A SKU that sold nothing counted has no entry.
   */
  private Mono<Map<Sku, Long>> counted(Set<Sku> skus) {
    var counted = Aggregation.newAggregation(
        Aggregation.match(Criteria.where("attribution.campaignId").in(skus.stream().map(Sku::campaignId).collect(Collectors.toSet()))
            .and("productId").in(skus.stream().map(Sku::productId).collect(Collectors.toSet()))
            .and("state").is(SaleLineState.COUNTED.name())),
        Aggregation.group("attribution.campaignId", "productId", "skuCode").sum("quantity").as("units"));
    return mongo.aggregate(counted, LedgerEntry.class, Document.class)
        .map(row -> {
          Document key = row.get("_id", Document.class);
          return Map.entry(new Sku(key.getString("campaignId"), key.getString("productId"), key.getString("skuCode")),
              ((Number) row.get("units")).longValue());
        })
        // The match takes every pairing of the campaigns and products asked about; only the SKUs asked about count.
        .filter(row -> skus.contains(row.getKey()))
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  /** Answers whether the SKU's enrolment now shows a different count. */
  private Mono<Boolean> store(Sku sku, long units) {
    return mongo.updateMulti(
            Query.query(Criteria.where("campaignId").is(sku.campaignId()).and("productId").is(sku.productId())
                .and("skuCode").is(sku.skuCode()).and("sold").ne(Math.toIntExact(units))),
            // The version moves too, so an enrolment saved whole from an older read fails instead of undoing the count.
            new Update().set("sold", Math.toIntExact(units)).inc("version", 1), Enrolment.class)
        .map(result -> result.getModifiedCount() > 0);
  }
}
