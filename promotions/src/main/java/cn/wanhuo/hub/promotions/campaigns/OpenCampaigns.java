package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductStatus;
import cn.wanhuo.hub.marketplace.catalog.Products;
import cn.wanhuo.hub.marketplace.catalog.Traceability;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.ProducerNotFound;
import cn.wanhuo.hub.marketplace.producers.Producers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What a producer may enrol: campaigns open now, each with the producer's eligible products and their SKUs. */
@Service
public class OpenCampaigns {

  /** An open campaign and what of the producer's goods may enter it. */
  public record OpenCampaign(CampaignView campaign, List<EligibleProduct> eligibleProducts) {}

  /** A product that qualifies, with each SKU's figures and this producer's enrolment of it, if any. */
  public record EligibleProduct(String id, String nameZh, @Nullable String nameEn, List<SkuChoice> skus) {}

  /** A SKU: its price, whole stock, stock still available for a quota, and the enrolment already made. */
  public record SkuChoice(String code, String spec, long priceFen, int stock, int available, @Nullable String enrolmentId,
      @Nullable EnrolmentStatus enrolmentStatus) {}

  private final ReactiveMongoTemplate mongo;
  private final CurrentAccount currentAccount;
  private final Producers producers;
  private final Products products;
  private final StockLedger ledger;
  private final CampaignPlanning planning;
  private final Clock clock = Clock.systemUTC();

  OpenCampaigns(ReactiveMongoTemplate mongo, CurrentAccount currentAccount, Producers producers, Products products, StockLedger ledger,
      CampaignPlanning planning) {
    this.mongo = mongo;
    this.currentAccount = currentAccount;
    this.producers = producers;
    this.products = products;
    this.ledger = ledger;
    this.planning = planning;
  }

  public Mono<List<OpenCampaign>> forProducer(String producerId) {
    LocalDate today = LocalDate.now(Traceability.ANHUI);
    return currentAccount.get().flatMap(account -> producers.findById(producerId)
        .filter(producer -> producer.ownerUsername().equals(account.username()))
        .switchIfEmpty(Mono.error(() -> new ProducerNotFound(producerId)))
        .flatMap(producer -> Mono.zip(
                products.findByProducerId(producerId).filter(p -> p.status() == ProductStatus.PUBLISHED).collectList(),
                mongo.find(Query.query(Criteria.where("producerId").is(producerId)), Enrolment.class).collectList())
            .flatMapMany(both -> mongo.find(Query.query(Criteria.where("status").is(CampaignStatus.OPEN).and("endAt").gt(clock.instant()))
                    .with(Sort.by("startAt")), Campaign.class)
                .concatMap(campaign -> open(campaign, producer, both.getT1(), both.getT2(), today)))
            .collectList()));
  }

  private Mono<OpenCampaign> open(Campaign campaign, Producer producer, List<Product> published, List<Enrolment> mine, LocalDate today) {
    Map<String, Enrolment> enrolled = mine.stream()
        .filter(e -> e.campaignId().equals(campaign.id()) && e.status() != EnrolmentStatus.WITHDRAWN)
        .collect(Collectors.toMap(e -> e.productId() + "/" + e.skuCode(), Function.identity(), (a, b) -> a.createdAt().isAfter(b.createdAt()) ? a : b));
    return Flux.fromIterable(published)
        .filter(product -> EligibilityCheck.reasons(campaign.plan().eligibility(), product, producer, today).isEmpty())
        .concatMap(product -> Flux.fromIterable(product.content().skus())
            .concatMap(sku -> ledger.available(product, sku.code(), null).map(available -> {
              var enrolment = enrolled.get(product.id() + "/" + sku.code());
              return new SkuChoice(sku.code(), sku.spec(), sku.priceFen(), sku.stock(), available, enrolment == null ? null : enrolment.id(),
                  enrolment == null ? null : enrolment.status());
            }))
            .collectList()
            .map(skus -> new EligibleProduct(product.id(), product.content().nameZh(), product.content().nameEn(), skus)))
        .collectList()
        .zipWith(planning.counts(campaign.id()))
        .map(both -> new OpenCampaign(CampaignView.of(campaign, both.getT2(), false), both.getT1()));
  }
}
