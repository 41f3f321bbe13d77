package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.pavilion.CampaignCard;
import cn.wanhuo.hub.marketplace.pavilion.CampaignOffer.SkuOffer;
import cn.wanhuo.hub.marketplace.pavilion.CampaignOffer;
import cn.wanhuo.hub.marketplace.pavilion.CampaignOffers;
import cn.wanhuo.hub.marketplace.pavilion.ProductIndexer;
import cn.wanhuo.hub.promotions.pricing.ItemRule;
import cn.wanhuo.hub.promotions.pricing.PricingEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Campaigns as the pavilion shows them, and the consumer that re-indexes a campaign's products whenever it is
 * scheduled, starts, ends, is cancelled or a flash session turns, so badges and prices appear and revert.
 */
@Component
class PavilionCampaigns implements CampaignOffers, CampaignEventConsumer {

  private static final List<CampaignStatus> SHOWN = List.of(CampaignStatus.SCHEDULED, CampaignStatus.LIVE);
  private static final int SHOWCASE = 12;
  private static final Duration SETTLE = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(PavilionCampaigns.class);

  private final ReactiveMongoTemplate mongo;
  private final ProductIndexer indexer;
  private final Clock clock = Clock.systemUTC();

  PavilionCampaigns(ReactiveMongoTemplate mongo, ProductIndexer indexer) {
    this.mongo = mongo;
    this.indexer = indexer;
  }

  @Override
  public String name() {
    return "pavilion";
  }

  /**
   * Re-indexes the campaign's goods now and once more a little later. Another writer (an outbox delivery, a
   * reconcile) may have read the campaign just before this change and write just after us, with the same product
   * version; the second pass, after such a write has long finished, puts the current state back.
   */
  @Override
  public Mono<Void> act(Campaign campaign) {
    return approved(Criteria.where("campaignId").is(campaign.id()))
        .map(list -> list.stream().map(Enrolment::productId).distinct().toList())
        .flatMap(products -> indexer.reindex(products).doOnSuccess(done -> Mono.delay(SETTLE).then(indexer.reindex(products))
            .subscribe(settled -> {}, e -> log.warn("Second pass over campaign {} failed: {}", campaign.id(), e.toString()))));
  }

  /** Sales used up part of a quota: the campaign panel shows what is left, and the search document carries it. */
  @EventListener
  void onSoldChanged(CampaignSoldChanged changed) {
    indexer.reindex(changed.productIds())
        .subscribe(done -> {}, e -> log.warn("Re-indexing {} after sales failed: {}", changed.productIds(), e.toString()));
  }

  @Override
  public Mono<Map<String, CampaignOffer>> forProducts(Collection<String> productIds) {
    if (productIds.isEmpty()) {
      return Mono.just(Map.of());
    }
    Instant now = clock.instant();
    return approved(Criteria.where("productId").in(productIds)).flatMap(enrolled -> {
      var campaignIds = enrolled.stream().map(Enrolment::campaignId).distinct().toList();
      return shown(Criteria.where("_id").in(campaignIds)).map(campaigns -> {
        var byId = campaigns.stream().collect(Collectors.toMap(Campaign::id, Function.identity()));
        var offers = new HashMap<String, CampaignOffer>();
        enrolled.stream().filter(e -> byId.containsKey(e.campaignId()))
            .collect(Collectors.groupingBy(Enrolment::productId))
            .forEach((productId, list) -> best(list, byId, now).ifPresent(offer -> offers.put(productId, offer)));
        return Map.copyOf(offers);
      });
    });
  }

  @Override
  public Mono<List<CampaignCard>> showcase() {
    return shown(Criteria.where("plan.channels").is(Channel.PAVILION)).flatMap(campaigns -> {
      var ids = campaigns.stream().map(Campaign::id).toList();
      return approved(Criteria.where("campaignId").in(ids)).map(enrolled -> {
        Map<String, Long> products = enrolled.stream().collect(Collectors.groupingBy(Enrolment::campaignId,
            Collectors.mapping(Enrolment::productId, Collectors.collectingAndThen(Collectors.toSet(), set -> (long) set.size()))));
        return campaigns.stream()
            .sorted(Comparator.comparing((Campaign c) -> c.status() != CampaignStatus.LIVE).thenComparing(Campaign::startAt))
            .limit(SHOWCASE)
            .map(c -> new CampaignCard(c.id(), c.plan().nameZh(), c.plan().nameEn(), c.plan().type().name(), c.status().name(), c.startAt(),
                c.endAt(), c.bannerFileId(), products.getOrDefault(c.id(), 0L)))
            .toList();
      });
    });
  }

  /** The product's live campaign, else the one starting first. */
  private static Optional<CampaignOffer> best(List<Enrolment> enrolled, Map<String, Campaign> campaigns, Instant now) {
    return enrolled.stream().collect(Collectors.groupingBy(Enrolment::campaignId)).entrySet().stream()
        .map(entry -> offer(campaigns.get(entry.getKey()), entry.getValue(), now))
        .flatMap(Optional::stream)
        .min(Comparator.comparing((CampaignOffer o) -> !o.live()).thenComparing(CampaignOffer::startsAt));
  }

  private static Optional<CampaignOffer> offer(Campaign campaign, List<Enrolment> skus, Instant now) {
    boolean live = campaign.pricesApply();
    Instant starts = campaign.startAt();
    if (campaign.status() == CampaignStatus.LIVE && !live) {
      // A flash sale between sessions: the countdown runs to the next session, if one starts before the end. "After"
      // means after the scheduler's last step, so the document depends on the campaign alone, not on when it is built.
      Instant since = campaign.events().isEmpty() ? now : campaign.events().get(campaign.events().size() - 1).at();
      var next = nextSession(campaign, since);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      starts = next.get();
    }
    var offers = skus.stream().sorted(Comparator.comparing(Enrolment::skuCode))
        .map(e -> new SkuOffer(e.skuCode(), e.listPriceFen(), PricingEngine.unitPrice(e.listPriceFen(),
            new ItemRule.FixedPrice(campaign.id(), e.campaignPriceFen(), e.perBuyerLimit())), e.perBuyerLimit(), e.remaining()))
        .toList();
    Long price = live ? offers.stream().mapToLong(SkuOffer::campaignPriceFen).min().stream().boxed().findFirst().orElse(null) : null;
    return Optional.of(new CampaignOffer(campaign.id(), campaign.plan().nameZh(), campaign.plan().nameEn(), campaign.plan().type().name(),
        live ? "LIVE" : "SCHEDULED", starts, campaign.endAt(), price, offers));
  }

  static Optional<Instant> nextSession(Campaign campaign, Instant now) {
    LocalDate today = now.atZone(CampaignPlan.SHANGHAI).toLocalDate();
    return Stream.of(today, today.plusDays(1))
        .flatMap(day -> campaign.plan().flashSessions().stream().map(s -> day.atTime(s.start()).atZone(CampaignPlan.SHANGHAI).toInstant()))
        .filter(start -> start.isAfter(now) && start.isBefore(campaign.endAt()))
        .min(Comparator.naturalOrder());
  }

  private Mono<List<Enrolment>> approved(Criteria criteria) {
    return mongo.find(Query.query(criteria.and("status").is(EnrolmentStatus.APPROVED)), Enrolment.class).collectList();
  }

  private Mono<List<Campaign>> shown(Criteria criteria) {
    return mongo.find(Query.query(criteria.and("status").in(SHOWN)).with(Sort.by("startAt")), Campaign.class).collectList();
  }
}
