package cn.wanhuo.hub.app.benchmark;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.wanhuo.hub.app.benchmark.ProductVariants.Origin;
import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductStatus;
import cn.wanhuo.hub.marketplace.pavilion.ProductIndexMaintenance;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.reference.Specialty;
import cn.wanhuo.hub.marketplace.regions.Region;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fills the catalog for the benchmark: generated producers in every county and prefecture, then published products
 * derived from the 100 real Anhui specialties and their demo listings (teas weigh most, as in the trade) until the
 * catalog holds the wanted number, written straight to MongoDB in batches; then the search index is rebuilt from
 * MongoDB as an operator would. Deterministic: product {@code i} depends only on the seed and {@code i}.
 */
final class CatalogGenerator {

  /** What was generated and how long writing and indexing took. */
  record Catalog(long published, int producers, Duration written, Duration indexed) {}

  private static final long SEED = 20_261_129L;
  private static final int BATCH = 1_000;
  private static final int PRODUCERS_PER_COUNTY = 8;
  private static final Map<Category, Integer> WEIGHTS = Map.of(Category.TEA, 4, Category.FARM_PRODUCE, 2, Category.FOOD, 2,
      Category.HERBAL, 2, Category.LIQUOR, 2);

  private final ReactiveMongoTemplate mongo;
  private final ProductIndexMaintenance maintenance;
  private final Validator validator;

  CatalogGenerator(ReactiveMongoTemplate mongo, ProductIndexMaintenance maintenance, Validator validator) {
    this.mongo = mongo;
    this.maintenance = maintenance;
    this.validator = validator;
  }

  /** Generates products until {@code wanted} are published, then rebuilds the index; blocking, for a test thread. */
  Catalog fill(int wanted) {
    long started = System.nanoTime();
    List<Region> regions = mongo.findAll(Region.class).collectList().block();
    var generated = GeneratedProducers.of(regions, PRODUCERS_PER_COUNTY);
    mongo.insertAll(generated).then().block();
    var listings = new Listings(regions, mongo.findAll(Producer.class).collectList().block(),
        mongo.findAll(Specialty.class).collectList().block(),
        mongo.find(query(where("status").is(ProductStatus.PUBLISHED).and("_id").regex("^demo-")), Product.class).collectList().block());
    long published = mongo.count(query(where("status").is(ProductStatus.PUBLISHED)), Product.class).block();
    Flux.range(0, (int) Math.max(0, wanted - published))
        .map(listings::product)
        .doOnNext(this::requireValid)
        .buffer(BATCH)
        .concatMap(batch -> mongo.insert(batch, Product.class).then())
        .blockLast();
    var written = Duration.ofNanos(System.nanoTime() - started);
    long indexed = maintenance.rebuild().block();
    return new Catalog(indexed, generated.size(), written, Duration.ofNanos(System.nanoTime() - started).minus(written));
  }

  /** The constraints a producer's edit must meet, so the catalog holds nothing the hub would refuse. */
  private void requireValid(Product product) {
    var violations = validator.validate(product.content());
    if (!violations.isEmpty()) {
      throw new IllegalStateException("Generated product " + product.id() + " is invalid: " + violations);
    }
  }

  /** Picks, for product {@code i}, a specialty (weighted by category) and a producer of its county or prefecture. */
  private static final class Listings {

    private final Map<String, Region> regions;
    private final Map<String, Producer> producers;
    private final Map<String, List<Producer>> byRegion;
    private final Map<String, List<Producer>> byPrefecture;
    private final List<Origin> weighted = new ArrayList<>();

    Listings(List<Region> regions, List<Producer> producers, List<Specialty> specialties, List<Product> templates) {
      this.regions = regions.stream().collect(Collectors.toMap(Region::code, Function.identity()));
      this.producers = producers.stream().collect(Collectors.toMap(Producer::id, Function.identity()));
      var local = producers.stream().filter(p -> p.isVerified() && !p.id().startsWith("demo-brand-")).toList();
      this.byRegion = local.stream().collect(Collectors.groupingBy(p -> p.region().value()));
      this.byPrefecture = local.stream().collect(Collectors.groupingBy(p -> p.profile().prefectureCode()));
      var specialtyByName = specialties.stream().collect(Collectors.toMap(Specialty::nameZh, Function.identity()));
      for (Product template : templates) {
        var specialty = specialtyByName.get(template.content().nameZh());
        if (specialty != null && this.regions.containsKey(specialty.prefectureCode())) {
          var origin = new Origin(specialty, template, this.regions.get(specialty.prefectureCode()));
          for (int w = WEIGHTS.getOrDefault(template.content().category(), 1); w > 0; w--) {
            weighted.add(origin);
          }
        }
      }
    }

    Product product(int i) {
      var random = new SplittableRandom(SEED + i);
      Origin origin = weighted.get(random.nextInt(weighted.size()));
      return ProductVariants.of("bench-%06d".formatted(i), origin, producerOf(origin, random), regions, random);
    }

    /** A brand's own shop now and then; else mostly a producer of the specialty's county, or of its prefecture. */
    private Producer producerOf(Origin origin, SplittableRandom random) {
      String shop = origin.template().producerId();
      if (shop.startsWith("demo-brand-") && producers.containsKey(shop) && random.nextInt(4) == 0) {
        return producers.get(shop);
      }
      String county = origin.specialty().countyCode();
      var pool = county != null && byRegion.containsKey(county) && random.nextInt(10) < 6
          ? byRegion.get(county) : byPrefecture.get(origin.specialty().prefectureCode());
      return pool.get(random.nextInt(pool.size()));
    }
  }
}
