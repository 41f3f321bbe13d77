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
import cn.wanhuo.hub.marketplace.reference.TimeHonouredBrand;
import cn.wanhuo.hub.marketplace.reference.TimeHonouredBrands;
import cn.wanhuo.hub.marketplace.regions.Region;
import cn.wanhuo.hub.marketplace.regions.RegionCode;
import cn.wanhuo.hub.marketplace.regions.RegionLevel;
import cn.wanhuo.hub.marketplace.regions.Regions;
import cn.wanhuo.hub.shared.audit.AuditEntry;
import cn.wanhuo.hub.shared.files.FileKind;
import cn.wanhuo.hub.shared.files.StoredFiles;
import cn.wanhuo.hub.shared.seed.DemoSeed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Demo producers (one verified cooperative per prefecture, and a shop per time-honoured brand that makes a listed
 * specialty, all owned by the account {@code demo-producer}) and one published product per sourced Anhui specialty,
 * each with a drawn sample cover. Added only where missing, so a restart or a producer's later edits are never
 * overwritten. A geographical indication is claimed only for confirmed GI rows, a 中华老字号 title only for a brand
 * whose title is confirmed.
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
  private final TimeHonouredBrands brands;
  private final StoredFiles files;

  CatalogDemoSeed(Regions regions, Specialties specialties, Producers producers, Products products, AccountManagement accounts,
      TimeHonouredBrands brands, StoredFiles files) {
    this.regions = regions;
    this.specialties = specialties;
    this.producers = producers;
    this.products = products;
    this.accounts = accounts;
    this.brands = brands;
    this.files = files;
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
        .thenMany(brands.findAll().collectList())
        .concatMap(allBrands -> specialties.findAll().concatMap(specialty -> productOf(specialty, brandOf(specialty, allBrands))))
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
    var profile = new ProducerProfile(ProducerType.COOPERATIVE, prefecture.nameZh() + "皖货汇特产专业合作社（示范）",
        prefecture.nameEn() + " Wanhuo Specialty Cooperative (demo)", creditCode("93", prefecture.code(), "MA0DEM001"), prefecture.code(),
        null, "安徽省" + prefecture.nameZh(), List.of(new Contact("示范联系人", "0551-00000000", null)), List.of(), "演示数据，非真实企业。",
        "Demo data, not a real company.");
    return saveIfMissing(verified(producerId(prefecture.code()), profile));
  }

  /**
   * The shop of a time-honoured brand that makes this specialty. Only a brand whose title the sources confirm is
   * registered as a 中华老字号 holder; the others are plain enterprises, so nothing unconfirmed looks certified.
   */
  private Mono<Producer> brandShop(TimeHonouredBrand brand) {
    boolean titled = brand.titleConfirmed();
    var profile = new ProducerProfile(titled ? ProducerType.TIME_HONOURED_BRAND : ProducerType.ENTERPRISE,
        brand.nameZh() + (titled ? "老字号" : "") + "示范店（演示）", latinOnly(brand.nameEn()) + " demo shop", creditCode("91", brand.cityCode(),
            "MA0THB" + String.format("%03d", Math.floorMod(brand.nameZh().hashCode(), 1000))), brand.cityCode(), null,
        "安徽省", List.of(new Contact("示范联系人", "0551-00000000", null)), List.of(brand.nameZh()),
        "演示数据，非品牌官方店铺。",
        "Demo data, not the brand's official shop." + (brand.foundedYear() == null ? "" : " Founded: " + brand.foundedYear() + "."));
    return saveIfMissing(verified(brandShopId(brand), profile));
  }

  private Mono<Producer> saveIfMissing(Producer producer) {
    return producers.findById(producer.id()).switchIfEmpty(Mono.defer(() -> producers.save(producer)));
  }

  private static Producer verified(String id, ProducerProfile profile) {
    return new Producer(id, OWNER, profile, profile.creditCode(), Verification.VERIFIED, null, null, null, "seed", SEEDED, profile,
        SEEDED, List.of(AuditEntry.of(SEEDED, "seed", "seeded")), null);
  }

  private Flux<Product> productOf(Specialty specialty, Optional<TimeHonouredBrand> brand) {
    String key = UUID.nameUUIDFromBytes(specialty.nameZh().getBytes(StandardCharsets.UTF_8)).toString();
    String id = "demo-" + key;
    Category category = Category.ofSeed(specialty.category());
    var certificates = brand.filter(TimeHonouredBrand::titleConfirmed)
        .map(titled -> List.of(new Provenance.Certificate(Provenance.CertificateType.TIME_HONOURED_BRAND, "未录入", "商务部",
            LocalDate.ofInstant(SEEDED, Traceability.ANHUI), null, null)))
        .orElse(List.of());
    var content = new ProductContent(category, specialty.nameZh(), specialty.nameEn(),
        "<p>" + specialty.nameZh() + "，安徽特产。演示商品：价格与库存为示例。</p>",
        "<p>" + specialty.nameEn() + " from Anhui. Demo listing: price and stock are samples.</p>",
        DemoAttributes.of(category, specialty),
        List.of(new Sku("DEMO-" + key.substring(0, 8), specialty.typicalUnit() == null ? "标准装" : specialty.typicalUnit(),
            DemoAttributes.priceFen(category, specialty), 100, null, null)),
        new Provenance(specialty.certifiedGeographicalIndication()
            ? new Provenance.GeographicalIndication(specialty.nameZh(), "未录入") : null, certificates, List.of()));
    var problems = ProductRules.problemsWith(content);
    if (!problems.isEmpty()) {
      return Flux.error(new IllegalStateException("Demo product " + specialty.nameZh() + " is invalid: " + problems));
    }
    String region = specialty.countyCode() != null ? specialty.countyCode() : specialty.prefectureCode();
    Mono<String> producer = brand.map(b -> brandShop(b).map(Producer::id)).orElse(Mono.just(producerId(specialty.prefectureCode())));
    return products.existsById(id).flatMapMany(exists -> exists ? Flux.empty() : producer
        .zipWith(cover(content))
        .map(shopAndCover -> new Product(id, shopAndCover.getT1(), OWNER, RegionCode.of(region).value(), content.sanitised(), null,
            ProductStatus.PUBLISHED, 1, null, List.of(shopAndCover.getT2()), List.of(AuditEntry.of(SEEDED, "seed", "seeded")),
            List.of(new ProductEvent(ProductEvent.Type.PUBLISHED, 1, SEEDED)), SEEDED, null))
        .flatMap(products::save)
        .flux());
  }

  private Mono<String> cover(ProductContent content) {
    return Mono.fromCallable(() -> DemoPictures.cover(content.category(), content.nameZh(), content.nameEn()))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(png -> files.store(png, "demo-cover.png", FileKind.PNG, ProductGallery.PURPOSE));
  }

  /** The time-honoured brand named by the specialty's holder column or its own name (颍州佳酿 → 颍州). */
  private static Optional<TimeHonouredBrand> brandOf(Specialty specialty, List<TimeHonouredBrand> brands) {
    if (specialty.timeHonouredBrandHolder() == null) {
      return Optional.empty();
    }
    return brands.stream()
        .filter(brand -> specialty.timeHonouredBrandHolder().contains(brand.nameZh()) || specialty.nameZh().contains(brand.nameZh()))
        .findFirst();
  }

  /** The sources' English names sometimes carry the Chinese company name in brackets: 颍州 → "Yingzhou (安徽…)". */
  private static String latinOnly(String name) {
    return name.replaceAll("\\s*[(（][^)）]*\\p{IsHan}[^)）]*[)）]", "").strip();
  }

  private static String producerId(String prefectureCode) {
    return "demo-producer-" + prefectureCode;
  }

  private static String brandShopId(TimeHonouredBrand brand) {
    return "demo-brand-" + UUID.nameUUIDFromBytes(brand.nameZh().getBytes(StandardCharsets.UTF_8));
  }

  /** A well-formed demo code: the registration kind (93 cooperative, 91 enterprise), the region, a demo suffix. */
  private static String creditCode(String kind, String regionCode, String suffix) {
    String first17 = kind + regionCode + suffix;
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }
}
