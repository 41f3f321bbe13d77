package cn.wanhuo.hub.app.benchmark;

import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductContent;
import cn.wanhuo.hub.marketplace.catalog.ProductStatus;
import cn.wanhuo.hub.marketplace.catalog.Provenance;
import cn.wanhuo.hub.marketplace.catalog.Sku;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.reference.Specialty;
import cn.wanhuo.hub.marketplace.regions.Region;
import cn.wanhuo.hub.marketplace.regions.RegionLevel;
import cn.wanhuo.hub.shared.audit.AuditEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One generated listing of a real Anhui specialty by one producer: the specialty's names with the variations its
 * trade has (tea grade, harvest and year; pack size; strength and volume; tour package; style), prices scattered
 * in the specialty's sourced price range, stock (sometimes none), a GI only where the specialty's GI is certified,
 * and some green-food, organic or compliance certificates, a few of them expired.
 */
final class ProductVariants {

  private static final ZoneId ANHUI = ZoneId.of("Asia/Shanghai");
  private static final Instant NEWEST = Instant.parse("2026-11-01T00:00:00Z");
  private static final String[][] GRADES = {{"SUPER", "特级", "super grade"}, {"FIRST", "一级", "first grade"},
      {"SECOND", "二级", "second grade"}, {"THIRD", "三级", "third grade"}};
  private static final String[][] HARVESTS = {{"PRE_QINGMING", "明前", "pre-Qingming"}, {"PRE_GUYU", "雨前", "pre-Guyu"},
      {"SPRING", "春茶", "spring"}, {"SUMMER", "夏茶", "summer"}, {"AUTUMN", "秋茶", "autumn"}};
  private static final int[] TEA_GRAMS = {50, 100, 125, 250, 500};
  private static final String[][] TEA_PACKS = {{"礼盒装", "gift box"}, {"罐装", "tin"}, {"袋装", "bag"}};
  private static final String[][] PACKS = {{"礼盒装", "gift box"}, {"袋装", "bag"}, {"家庭装", "family pack"}, {"精选装", "selected"},
      {"产地直发", "shipped from origin"}};
  private static final String[][] STYLES = {{"收藏级", "collector's piece"}, {"礼品款", "gift edition"}, {"入门款", "starter"},
      {"手工", "handmade"}, {"经典款", "classic"}};
  private static final String[][] TOURS = {{"成人票", "adult ticket"}, {"亲子套餐", "family package"}, {"含住宿", "with hotel"},
      {"含导游", "guided"}, {"周末特惠", "weekend offer"}};
  private static final int[] ABV = {38, 42, 45, 52};

  /** The specialty, its demo product (attributes, cover, certificates) and where it comes from. */
  record Origin(Specialty specialty, Product template, Region prefecture) {}

  private ProductVariants() {}

  static Product of(String id, Origin origin, Producer producer, Map<String, Region> regions, SplittableRandom random) {
    var template = origin.template().content();
    var attributes = new HashMap<String, Object>(template.attributes());
    var name = variant(template.category(), template.nameZh(), attributes, random);
    var brands = producer.profile().brands();
    String brand = !brands.isEmpty() && !name.zh().contains(brands.getFirst()) && random.nextInt(3) == 0 ? brands.getFirst() + " " : "";
    String nameZh = clip(brand + name.zh(), 60);
    String nameEn = clip(template.nameEn() + ", " + name.en(), 120);
    long price = price(origin, name.quality(), name.quantity(), random);
    boolean empty = random.nextInt(100) < 12;
    var skus = new ArrayList<Sku>();
    for (int k = 0, count = 1 + random.nextInt(3); k < count; k++) {
      skus.add(new Sku(id.replace("bench-", "B") + "-" + k, clip(name.spec() + (k == 0 ? "" : " " + (k + 1) + "件装"), 60),
          Math.min(100_000_000, Math.round(price * (k + 1) * Math.pow(0.95, k))), empty ? 0 : random.nextInt(k == 0 ? 1 : 0, 5_000), null, null));
    }
    Instant published = NEWEST.minus(Duration.ofMinutes(random.nextLong(2 * 365 * 24 * 60)));
    Region region = regions.getOrDefault(producer.region().value(), origin.prefecture());
    var content = new ProductContent(template.category(), nameZh, nameEn, descriptionZh(nameZh, origin, region, producer, regions),
        "<p>" + nameEn + " from " + region.nameEn() + ", Anhui, by " + producer.profile().legalNameEn() + ".</p>", attributes, skus,
        provenance(origin, producer, published, random));
    return new Product(id, producer.id(), GeneratedProducers.OWNER, region.code(), content, null, ProductStatus.PUBLISHED, 1, null,
        origin.template().images(), List.of(AuditEntry.of(published, GeneratedProducers.OWNER, "published")), List.of(),
        published.minus(Duration.ofDays(3)), null);
  }

  /** A name for the variant, its SKU spec, how good (0–1) and how much (in the specialty's typical units) it is. */
  private record Name(String zh, String en, String spec, double quality, double quantity) {}

  private static Name variant(Category category, String zh, Map<String, Object> attributes, SplittableRandom random) {
    switch (category) {
      case TEA -> {
        int grade = random.nextInt(GRADES.length);
        var harvest = HARVESTS[Math.min(random.nextInt(HARVESTS.length), random.nextInt(HARVESTS.length))];
        int year = 2023 + random.nextInt(4);
        int grams = TEA_GRAMS[random.nextInt(TEA_GRAMS.length)];
        var pack = TEA_PACKS[random.nextInt(TEA_PACKS.length)];
        attributes.putAll(Map.of("grade", GRADES[grade][0], "harvest", harvest[0], "harvestYear", year, "netWeightGrams", grams));
        return new Name(year + "年" + harvest[1] + zh + GRADES[grade][1] + " " + grams + "g" + pack[0],
            GRADES[grade][2] + ", " + harvest[2] + " " + year + ", " + grams + " g " + pack[1], grams + "g" + pack[0],
            1 - grade * 0.27 - (harvest[0].startsWith("PRE") ? 0 : 0.1), grams / 250.0);
      }
      case FARM_PRODUCE, FOOD, HERBAL -> {
        double times = new double[] {0.5, 1, 1, 2, 3}[random.nextInt(5)];
        int grams = (int) Math.max(10, ((Number) attributes.getOrDefault("netWeightGrams", 500)).intValue() * times);
        var pack = PACKS[random.nextInt(PACKS.length)];
        attributes.put("netWeightGrams", grams);
        String weight = grams >= 1000 ? (grams % 1000 == 0 ? grams / 1000 + "kg" : grams / 1000.0 + "kg") : grams + "g";
        return new Name(zh + " " + weight + " " + pack[0], weight + " " + pack[1], weight + pack[0], random.nextDouble(), times);
      }
      case LIQUOR -> {
        int abv = ABV[random.nextInt(ABV.length)];
        int ml = random.nextInt(4) == 0 ? 1000 : 500;
        boolean gift = random.nextBoolean();
        attributes.putAll(Map.of("abv", abv, "volumeMl", ml));
        return new Name(zh + " " + abv + "度 " + ml + "ml" + (gift ? " 礼盒装" : ""), abv + "% vol, " + ml + " ml" + (gift ? ", gift box" : ""),
            abv + "度 " + ml + "ml", (abv - 38) / 14.0 * 0.5 + random.nextDouble() * 0.5, ml / 500.0);
      }
      case TOURISM_SERVICE -> {
        var tour = TOURS[random.nextInt(TOURS.length)];
        return new Name(zh + " " + tour[0], tour[1], tour[0], random.nextDouble(), 1);
      }
      default -> {
        var style = STYLES[random.nextInt(STYLES.length)];
        return new Name(zh + " " + style[0], style[1], style[0], random.nextDouble(), 1);
      }
    }
  }

  /**
   * Within the sourced retail range for a typical unit when there is one, else around the demo product's sample
   * price; scaled by quality and quantity, scattered ±10 %, rounded to whole yuan (often …9.90).
   */
  private static long price(Origin origin, double quality, double quantity, SplittableRandom random) {
    String range = origin.specialty().typicalRetailPriceCny();
    double q = Math.clamp(quality, 0, 1);
    double yuan;
    if (range != null && range.matches("\\d+-\\d+")) {
      String[] bounds = range.split("-");
      double low = Double.parseDouble(bounds[0]);
      yuan = low + (Double.parseDouble(bounds[1]) - low) * q * q;
    } else {
      long sample = origin.template().content().skus().getFirst().priceFen();
      yuan = sample / 100.0 * (0.5 + 1.5 * q);
    }
    yuan *= quantity * (0.9 + 0.2 * random.nextDouble());
    return Math.max(100, Math.round(yuan) * 100 - (random.nextBoolean() ? 10 : 0));
  }

  private static Provenance provenance(Origin origin, Producer producer, Instant published, SplittableRandom random) {
    var specialty = origin.specialty();
    boolean ownShop = producer.id().equals(origin.template().producerId());
    var gi = specialty.certifiedGeographicalIndication() && random.nextInt(10) < 8
        ? new Provenance.GeographicalIndication(specialty.nameZh(), "未录入") : null;
    var certificates = new ArrayList<Provenance.Certificate>(ownShop ? origin.template().content().provenance().certificates() : List.of());
    var day = LocalDate.ofInstant(published, ANHUI).minusDays(random.nextInt(700));
    boolean grown = switch (origin.template().content().category()) {
      case TEA, FARM_PRODUCE, FOOD, HERBAL -> true;
      default -> false;
    };
    if (grown && random.nextInt(100) < 15) {
      certificates.add(new Provenance.Certificate(Provenance.CertificateType.GREEN_FOOD, "LB-" + random.nextInt(100_000, 999_999),
          "中国绿色食品发展中心", day, day.plusYears(3), null));
    }
    if (grown && random.nextInt(100) < 5) {
      certificates.add(new Provenance.Certificate(Provenance.CertificateType.ORGANIC, "OC-" + random.nextInt(100_000, 999_999),
          "有机产品认证机构", day, day.plusYears(1), null));
    }
    if (grown && random.nextInt(100) < 25) {
      certificates.add(new Provenance.Certificate(Provenance.CertificateType.COMPLIANCE, "HG-" + random.nextInt(100_000, 999_999),
          producer.profile().legalNameZh(), day, null, null));
    }
    return new Provenance(gi, certificates, List.of());
  }

  private static String descriptionZh(String nameZh, Origin origin, Region region, Producer producer, Map<String, Region> regions) {
    Region parent = regions.get(region.parentCode());
    String place = region.level() == RegionLevel.COUNTY && parent != null ? parent.nameZh() + region.nameZh() : region.nameZh();
    return "<p>" + nameZh + "，产自安徽省" + place + "，" + producer.profile().legalNameZh() + "出品。"
        + (origin.specialty().certifiedGeographicalIndication() ? origin.specialty().nameZh() + "为地理标志产品。" : "") + "</p>";
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
