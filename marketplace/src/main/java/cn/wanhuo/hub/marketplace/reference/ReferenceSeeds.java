package cn.wanhuo.hub.marketplace.reference;

import static cn.wanhuo.hub.shared.seed.SeedCsv.optional;

import cn.wanhuo.hub.shared.seed.DemoSeed;
import cn.wanhuo.hub.shared.seed.SeedCsv;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** Seeds of the sourced reference data; upserts by Chinese name so reloading changes nothing. */
@Configuration(proxyBeanMethods = false)
class ReferenceSeeds {

  @Bean
  DemoSeed specialtySeed(Specialties specialties) {
    return seed(20, "specialties", () -> SeedCsv.read("seed/anhui/products.csv", row -> new Specialty(
        row.get("name_zh"),
        row.get("name_en"),
        row.get("category"),
        row.get("prefecture_code"),
        optional(row, "county_code"),
        GeographicalIndication.parse(row.get("geographical_indication")),
        optional(row, "time_honoured_brand_holder"),
        optional(row, "typical_unit"),
        optional(row, "typical_retail_price_cny_range"),
        optional(row, "notes"),
        Confirmation.parse(row.get("confirmed")))).flatMap(rows -> specialties.saveAll(rows).count()));
  }

  @Bean
  DemoSeed timeHonouredBrandSeed(TimeHonouredBrands brands) {
    return seed(30, "time-honoured brands", () -> SeedCsv.read("seed/anhui/time_honoured_brands.csv", row -> new TimeHonouredBrand(
        row.get("name_zh"),
        row.get("name_en"),
        row.get("city_code"),
        optional(row, "founded_year"),
        optional(row, "main_products"),
        Confirmation.parse(row.get("confirmed")),
        optional(row, "source"))).flatMap(rows -> brands.saveAll(rows).count()));
  }

  private static DemoSeed seed(int order, String name, java.util.function.Supplier<Mono<Long>> loader) {
    return new DemoSeed() {
      @Override
      public int order() {
        return order;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public Mono<Long> load() {
        return Mono.defer(loader);
      }
    };
  }
}
