package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.marketplace.catalog.ProductEditing;
import cn.wanhuo.hub.marketplace.catalog.ProductStatus;
import cn.wanhuo.hub.marketplace.catalog.Products;
import cn.wanhuo.hub.marketplace.catalog.PublishedProduct;
import cn.wanhuo.hub.marketplace.catalog.Traceability;
import cn.wanhuo.hub.marketplace.pavilion.SearchResult.Bucket;
import cn.wanhuo.hub.marketplace.pavilion.SearchResult.Item;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.ProducerNotFound;
import cn.wanhuo.hub.marketplace.producers.Producers;
import cn.wanhuo.hub.marketplace.reference.Specialties;
import cn.wanhuo.hub.marketplace.regions.Region;
import cn.wanhuo.hub.marketplace.regions.RegionLevel;
import cn.wanhuo.hub.marketplace.regions.Regions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The storefront pages of the pavilion, each answered as cached JSON: the home page, a prefecture with its counties
 * and specialties, a product with its producer, and a producer with its products.
 */
@Service
public class Storefront {

  private static final Duration TTL = Duration.ofMinutes(5);
  private static final int SHELF = 8;

  /** A region with how many published products it has. */
  public record RegionCount(String code, String nameZh, String nameEn, long count) {}

  /** The pavilion's front page, with the live and coming campaigns. */
  public record Home(List<Bucket> categories, List<RegionCount> prefectures, List<Item> newArrivals, List<Item> timeHonoured,
      List<CampaignCard> campaigns) {}

  /** A specialty the sources name for a prefecture. */
  public record SpecialtyEntry(String nameZh, String nameEn, String category, boolean geographicalIndication) {}

  /** A prefecture page: its counties with counts, its sourced specialties, its categories and first products. */
  public record PrefecturePage(RegionCount prefecture, List<RegionCount> counties, List<SpecialtyEntry> specialties,
      List<Bucket> categories, List<Item> products) {}

  /** What a consumer sees of a producer. */
  public record ProducerSummary(String id, String nameZh, @Nullable String nameEn, String type, String prefectureCode,
      @Nullable String countyCode, @Nullable String logoFileId, List<String> brands, @Nullable String storyZh, @Nullable String storyEn) {}

  /** A product page: the published product, its producer, the names of its regions and its campaign, if any. */
  public record ProductPage(PublishedProduct product, @Nullable ProducerSummary producer, @Nullable Region prefecture,
      @Nullable Region county, @Nullable CampaignOffer campaign) {}

  /** A producer page: the producer and its published products. */
  public record ProducerPage(ProducerSummary producer, List<PublishedProduct> products) {}

  private final ProductSearch search;
  private final ProductEditing catalog;
  private final Products products;
  private final Producers producers;
  private final Regions regions;
  private final Specialties specialties;
  private final PavilionCache cache;
  private final ObjectProvider<CampaignOffers> campaigns;

  Storefront(ProductSearch search, ProductEditing catalog, Products products, Producers producers, Regions regions,
      Specialties specialties, PavilionCache cache, ObjectProvider<CampaignOffers> campaigns) {
    this.campaigns = campaigns;
    this.search = search;
    this.catalog = catalog;
    this.products = products;
    this.producers = producers;
    this.regions = regions;
    this.specialties = specialties;
    this.cache = cache;
  }

  public Mono<PavilionCache.Page> home() {
    return cache.page("home", TTL, () -> Mono.zip(
            search.search(ProductQuery.text("", 0)),
            search.search(sorted(ProductQuery.SortOrder.NEWEST)),
            search.search(timeHonoured()),
            regions.findByLevelOrderByCode(RegionLevel.PREFECTURE).collectList(),
            offers().showcase())
        .map(all -> new Home(all.getT1().facets().category(), counted(all.getT4(), all.getT1().facets().prefecture()),
            all.getT2().items(), all.getT3().items(), all.getT5())));
  }

  public Mono<PavilionCache.Page> prefecture(String code) {
    return cache.page("prefecture:" + code, TTL, () -> regions.findById(code)
        .filter(region -> region.level() == RegionLevel.PREFECTURE)
        .switchIfEmpty(Mono.error(() -> new RegionNotFound(code)))
        .flatMap(prefecture -> Mono.zip(
                search.search(inPrefecture(code, 12)),
                regions.findByParentCodeOrderByCode(code).collectList(),
                specialties.findAll().filter(s -> s.prefectureCode().equals(code))
                    .map(s -> new SpecialtyEntry(s.nameZh(), s.nameEn(), s.category(), s.certifiedGeographicalIndication())).collectList())
            .map(all -> new PrefecturePage(
                new RegionCount(prefecture.code(), prefecture.nameZh(), prefecture.nameEn(), all.getT1().total()),
                counted(all.getT2(), all.getT1().facets().county()), all.getT3(), all.getT1().facets().category(),
                all.getT1().items()))));
  }

  public Mono<PavilionCache.Page> product(String id) {
    return cache.page("product:" + id, TTL, () -> catalog.published(id).flatMap(product -> Mono.zip(
            producers.findById(product.producerId()).filter(Producer::isVerified).map(Storefront::summary).map(List::of)
                .defaultIfEmpty(List.of()),
            regions.findById(product.region()).map(List::of).defaultIfEmpty(List.of()),
            offers().forProducts(List.of(id)))
        .flatMap(found -> {
          Region own = found.getT2().isEmpty() ? null : found.getT2().get(0);
          ProducerSummary producer = found.getT1().isEmpty() ? null : found.getT1().get(0);
          CampaignOffer campaign = found.getT3().get(id);
          if (own != null && own.level() == RegionLevel.COUNTY) {
            return regions.findById(own.parentCode()).map(prefecture -> new ProductPage(product, producer, prefecture, own, campaign))
                .defaultIfEmpty(new ProductPage(product, producer, null, own, campaign));
          }
          return Mono.just(new ProductPage(product, producer, own, null, campaign));
        })));
  }

  public Mono<PavilionCache.Page> producer(String id) {
    return cache.page("producer:" + id, TTL, () -> producers.findById(id).filter(Producer::isVerified)
        .switchIfEmpty(Mono.error(() -> new ProducerNotFound(id)))
        .flatMap(producer -> products.findByProducerId(id).filter(p -> p.status() == ProductStatus.PUBLISHED)
            .map(p -> PublishedProduct.of(p, LocalDate.now(Traceability.ANHUI))).collectList()
            .map(list -> new ProducerPage(summary(producer), list))));
  }

  private CampaignOffers offers() {
    return campaigns.getIfAvailable(() -> CampaignOffers.NONE);
  }

  private static ProducerSummary summary(Producer producer) {
    var profile = producer.profile();
    return new ProducerSummary(producer.id(), profile.legalNameZh(), profile.legalNameEn(), profile.type().name(),
        profile.prefectureCode(), profile.countyCode(), producer.logoFileId(), profile.brands(), profile.storyZh(), profile.storyEn());
  }

  /** Every region of the list with its count from the facet, zero when the facet has none. */
  private static List<RegionCount> counted(List<Region> all, List<Bucket> facet) {
    Map<String, Long> counts = facet.stream().collect(Collectors.toMap(Bucket::key, Bucket::count));
    return all.stream().map(r -> new RegionCount(r.code(), r.nameZh(), r.nameEn(), counts.getOrDefault(r.code(), 0L))).toList();
  }

  private static ProductQuery sorted(ProductQuery.SortOrder order) {
    return new ProductQuery("", List.of(), null, null, false, null, null, null, false, null, order, null, SHELF);
  }

  private static ProductQuery timeHonoured() {
    return new ProductQuery("", List.of(), null, null, false, "TIME_HONOURED_BRAND", null, null, false, null,
        ProductQuery.SortOrder.RELEVANCE, null, SHELF);
  }

  private static ProductQuery inPrefecture(String code, int size) {
    return new ProductQuery("", List.of(), code, null, false, null, null, null, false, null, ProductQuery.SortOrder.RELEVANCE, null, size);
  }
}
