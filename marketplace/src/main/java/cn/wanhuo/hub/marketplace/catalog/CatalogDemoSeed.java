package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.accounts.AccountManagement;
import cn.wanhuo.hub.marketplace.accounts.Registration;
import cn.wanhuo.hub.marketplace.accounts.Role;
import cn.wanhuo.hub.marketplace.accounts.UsernameTaken;
import cn.wanhuo.hub.marketplace.producers.Contact;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.ProducerProfile;
import cn.wanhuo.hub.marketplace.producers.ProducerType;
import cn.wanhuo.hub.marketplace.producers.Producers;
import cn.wanhuo.hub.marketplace.producers.UnifiedSocialCreditCode;
import cn.wanhuo.hub.marketplace.producers.Verification;
import cn.wanhuo.hub.marketplace.reference.Specialties;
import cn.wanhuo.hub.marketplace.reference.Specialty;
import cn.wanhuo.hub.marketplace.regions.Region;
import cn.wanhuo.hub.marketplace.regions.RegionCode;
import cn.wanhuo.hub.marketplace.regions.RegionLevel;
import cn.wanhuo.hub.marketplace.regions.Regions;
import cn.wanhuo.hub.shared.audit.AuditEntry;
import cn.wanhuo.hub.shared.seed.DemoSeed;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Demo producers (one verified cooperative per prefecture, owned by the account {@code demo-producer}) and one
 * published product per sourced Anhui specialty. Added only where missing, so a restart or a producer's later
 * edits are never overwritten. A geographical indication is claimed only for confirmed GI rows.
 */
@Component
class CatalogDemoSeed implements DemoSeed {

  static final String OWNER = "demo-producer";
  private static final Instant SEEDED = Instant.parse("2026-03-01T00:00:00Z");

  private final Regions regions;
  private final Specialties specialties;
  private final Producers producers;
  private final Products products;
  private final AccountManagement accounts;

  CatalogDemoSeed(Regions regions, Specialties specialties, Producers producers, Products products, AccountManagement accounts) {
    this.regions = regions;
    this.specialties = specialties;
    this.producers = producers;
    this.products = products;
    this.accounts = accounts;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public String name() {
    return "demo producers and products";
  }

  @Override
  public Mono<Long> load() {
    return ownerAccount()
        .thenMany(regions.findByLevelOrderByCode(RegionLevel.PREFECTURE).concatMap(this::producerOf))
        .thenMany(specialties.findAll().concatMap(this::productOf))
        .count();
  }

  /** Owns the demo producers; its random password is never shown, so nobody logs in as it. */
  private Mono<Void> ownerAccount() {
    return Mono.fromCallable(() -> UUID.randomUUID().toString())
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(password -> accounts.register(new Registration(OWNER, password, "皖货汇示范生产者", Role.PRODUCER)))
        .onErrorResume(UsernameTaken.class, taken -> Mono.empty())
        .then();
  }

  private Mono<Producer> producerOf(Region prefecture) {
    String id = producerId(prefecture.code());
    var profile = new ProducerProfile(ProducerType.COOPERATIVE, prefecture.nameZh() + "皖货汇特产专业合作社（示范）",
        prefecture.nameEn() + " Wanhuo Specialty Cooperative (demo)", creditCode(prefecture.code()), prefecture.code(), null,
        "安徽省" + prefecture.nameZh(), List.of(new Contact("示范联系人", "0551-00000000", null)), List.of(), "演示数据，非真实企业。",
        "Demo data, not a real company.");
    var producer = new Producer(id, OWNER, profile, profile.creditCode(), Verification.VERIFIED, null, null, "seed", SEEDED, SEEDED,
        List.of(AuditEntry.of(SEEDED, "seed", "seeded")), null);
    return producers.existsById(id).flatMap(exists -> exists ? Mono.empty() : producers.save(producer));
  }

  private Flux<Product> productOf(Specialty specialty) {
    String key = UUID.nameUUIDFromBytes(specialty.nameZh().getBytes(StandardCharsets.UTF_8)).toString();
    String id = "demo-" + key;
    Category category = Category.ofSeed(specialty.category());
    var content = new ProductContent(category, specialty.nameZh(), specialty.nameEn(),
        "<p>" + specialty.nameZh() + "，安徽特产。演示商品：价格与库存为示例。</p>",
        "<p>" + specialty.nameEn() + " from Anhui. Demo listing: price and stock are samples.</p>",
        DemoAttributes.of(category, specialty),
        List.of(new Sku("DEMO-" + key.substring(0, 8), specialty.typicalUnit() == null ? "标准装" : specialty.typicalUnit(),
            DemoAttributes.priceFen(category, specialty), 100, null, null)),
        specialty.certifiedGeographicalIndication()
            ? new Provenance(new Provenance.GeographicalIndication(specialty.nameZh(), "未录入"), List.of(), List.of())
            : Provenance.none());
    var problems = ProductRules.problemsWith(content);
    if (!problems.isEmpty()) {
      return Flux.error(new IllegalStateException("Demo product " + specialty.nameZh() + " is invalid: " + problems));
    }
    String region = specialty.countyCode() != null ? specialty.countyCode() : specialty.prefectureCode();
    var product = new Product(id, producerId(specialty.prefectureCode()), OWNER, RegionCode.of(region).value(), content.sanitised(), null,
        ProductStatus.PUBLISHED, 1, null, List.of(), List.of(AuditEntry.of(SEEDED, "seed", "seeded")),
        List.of(new ProductEvent(ProductEvent.Type.PUBLISHED, 1, SEEDED)), SEEDED, null);
    return products.existsById(id).flatMapMany(exists -> exists ? Flux.empty() : products.save(product).flux());
  }

  private static String producerId(String prefectureCode) {
    return "demo-producer-" + prefectureCode;
  }

  /** A well-formed demo code: 93 (farmers' cooperative), the prefecture code, then a fixed demo suffix. */
  private static String creditCode(String prefectureCode) {
    String first17 = "93" + prefectureCode + "MA0DEM001";
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }
}
