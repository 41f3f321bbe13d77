package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductStatus;
import cn.wanhuo.hub.marketplace.catalog.Sku;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.ProducerType;
import cn.wanhuo.hub.shared.audit.AuditEntry;
import cn.wanhuo.hub.shared.seed.DemoSeed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Demo campaigns so the pavilion and the organizer's pages are not empty on a first run: a live New Year goods fair
 * with demo foods at about 12% off, a time-honoured brands special starting in ten days, and the 2027 spring tea
 * festival for Huangshan and Lu'an GI teas, open for producers to enrol. Dates of the first two follow the day of
 * the first seeding; once seeded, a campaign is left alone (the scheduler ends the fair in time).
 */
@Component
class CampaignDemoSeed implements DemoSeed {

  static final String ORGANIZER = "seed";
  private static final String FAIR = "demo-campaign-new-year";
  private static final String BRANDS = "demo-campaign-time-honoured";
  private static final String SPRING_TEA = "demo-campaign-spring-tea-2027";
  private static final int FAIR_PRODUCTS = 8;

  private final ReactiveMongoTemplate mongo;
  private final Set<String> consumers;
  private final Clock clock = Clock.systemUTC();

  CampaignDemoSeed(ReactiveMongoTemplate mongo, List<CampaignEventConsumer> consumers) {
    this.mongo = mongo;
    this.consumers = consumers.stream().map(CampaignEventConsumer::name).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public String name() {
    return "demo campaigns";
  }

  @Override
  public Mono<Long> load() {
    LocalDateTime today = LocalDateTime.now(clock.withZone(CampaignPlan.SHANGHAI)).truncatedTo(ChronoUnit.DAYS);
    return Flux.concat(
            seed(FAIR, fair(today.minusDays(1), today.plusDays(45)), CampaignStatus.LIVE,
                demoProducts(List.of(Category.FOOD, Category.FARM_PRODUCE)).map(list -> list.stream().limit(FAIR_PRODUCTS).toList())),
            seed(BRANDS, brands(today.plusDays(10).plusHours(10), today.plusDays(24).plusHours(22)), CampaignStatus.SCHEDULED, timeHonoured()),
            seed(SPRING_TEA, springTea(), CampaignStatus.OPEN, Mono.just(List.of())))
        .count();
  }

  private Mono<Campaign> seed(String id, CampaignPlan plan, CampaignStatus status, Mono<List<Product>> goods) {
    return mongo.exists(Query.query(Criteria.where("_id").is(id)), Campaign.class).flatMap(exists -> exists ? Mono.empty() : goods
        .flatMap(products -> Flux.fromIterable(products).concatMap(product -> mongo.save(enrolment(id, plan, product))).then(Mono.just(products)))
        .flatMap(products -> mongo.save(campaign(id, plan, status))));
  }

  private Campaign campaign(String id, CampaignPlan plan, CampaignStatus status) {
    Instant now = clock.instant();
    var history = new ArrayList<AuditEntry>();
    history.add(AuditEntry.of(now, ORGANIZER, "created"));
    var steps = Map.of(CampaignStatus.OPEN, List.of("opened"), CampaignStatus.SCHEDULED, List.of("opened", "closed", "scheduled"),
        CampaignStatus.LIVE, List.of("opened", "closed", "scheduled", "started"));
    steps.getOrDefault(status, List.of()).forEach(step -> history.add(AuditEntry.of(now, ORGANIZER, step)));
    var campaign = new Campaign(id, plan, status, ORGANIZER, Campaign.instant(plan.startsAt()), Campaign.instant(plan.endsAt()), null, null,
        history, List.of(), Map.of(), 0, now, null);
    // The pavilion shows the badges and prices once its consumer has re-indexed the campaign's goods.
    var event = status == CampaignStatus.LIVE ? CampaignEvent.Type.STARTED : CampaignEvent.Type.SCHEDULED;
    return status == CampaignStatus.OPEN ? campaign : campaign.announced(event, now, consumers);
  }

  private Enrolment enrolment(String campaignId, CampaignPlan plan, Product product) {
    Instant now = clock.instant();
    Sku sku = product.content().skus().get(0);
    long price = Math.max(100, sku.priceFen() * 88 / 100 / 100 * 100);
    int quota = Math.max(1, sku.stock() / 5);
    return new Enrolment("demo-enrolment-" + campaignId + "-" + product.id(), campaignId, product.id(), product.producerId(),
        product.ownerUsername(), product.region(), product.content().nameZh(), product.content().nameEn(), sku.code(), sku.spec(),
        sku.priceFen(), Math.min(price, sku.priceFen() - 100), quota, 2, 0, EnrolmentStatus.APPROVED, null, Reservation.ACTIVE,
        plan.channels(), Campaign.instant(plan.startsAt()), Campaign.instant(plan.endsAt()),
        List.of(AuditEntry.of(now, product.ownerUsername(), "enrolled"), AuditEntry.of(now, ORGANIZER, "approved")), now, null);
  }

  private Mono<List<Product>> demoProducts(List<Category> categories) {
    return mongo.find(Query.query(Criteria.where("ownerUsername").is("demo-producer").and("status").is(ProductStatus.PUBLISHED)
            .and("content.category").in(categories)).with(Sort.by("_id")), Product.class)
        .filter(p -> p.content().skus().get(0).priceFen() > 200)
        .collectList();
  }

  private Mono<List<Product>> timeHonoured() {
    return mongo.find(Query.query(Criteria.where("profile.type").is(ProducerType.TIME_HONOURED_BRAND)), Producer.class)
        .map(Producer::id).collectList()
        .flatMap(shops -> mongo.find(Query.query(Criteria.where("producerId").in(shops).and("status").is(ProductStatus.PUBLISHED))
            .with(Sort.by("_id")), Product.class).filter(p -> p.content().skus().get(0).priceFen() > 200).collectList());
  }

  private static CampaignPlan fair(LocalDateTime start, LocalDateTime end) {
    return new CampaignPlan(CampaignType.SEASONAL, "皖货年货节（演示）", "Anhui New Year Goods Fair (demo)",
        "徽州年味、皖北面点、皖南山珍，一站备齐年货。演示活动：价格与库存为示例。",
        "Huizhou New Year flavours, northern Anhui pastries and southern mountain delicacies in one place. Demo campaign: prices and stock are samples.",
        null, start, end, List.of(), List.of(Channel.TAOBAO, Channel.JD, Channel.PINDUODUO, Channel.SUNING), Eligibility.anyone(),
        List.of(new SpendSaveTier(19_900, 2_000), new SpendSaveTier(39_900, 5_000)), 2_000_000L, 30_000_000L);
  }

  private static CampaignPlan brands(LocalDateTime start, LocalDateTime end) {
    return new CampaignPlan(CampaignType.TIME_HONOURED, "中华老字号专场（演示）", "Time-honoured brands special (demo)",
        "百年字号，匠心传承。演示活动：价格与库存为示例。", "Century-old names, craft handed down. Demo campaign: prices and stock are samples.",
        null, start, end, List.of(), List.of(Channel.TAOBAO), new Eligibility(List.of(), List.of(), List.of(ProducerType.TIME_HONOURED_BRAND),
            false, List.of()), List.of(), 1_000_000L, 10_000_000L);
  }

  private static CampaignPlan springTea() {
    return new CampaignPlan(CampaignType.SEASONAL, "2027 春茶节·黄山六安地标名茶（演示）", "2027 Spring Tea Festival: Huangshan and Lu'an GI teas (demo)",
        "明前、雨前新茶上市：黄山毛峰、太平猴魁、祁门红茶、六安瓜片等地理标志名茶。报名商品须有地理标志。",
        "Pre-Qingming and pre-Guyu teas: Huangshan Maofeng, Taiping Houkui, Keemun, Lu'an Guapian and other GI teas. Enrolled goods must carry a GI.",
        null, LocalDateTime.of(2027, 3, 20, 8, 0), LocalDateTime.of(2027, 4, 20, 22, 0), List.of(),
        List.of(Channel.TAOBAO, Channel.JD), new Eligibility(List.of(Category.TEA), List.of("341000", "341500"), List.of(), true, List.of()),
        List.of(new SpendSaveTier(30_000, 3_000), new SpendSaveTier(50_000, 6_000)), 5_000_000L, 80_000_000L);
  }
}
