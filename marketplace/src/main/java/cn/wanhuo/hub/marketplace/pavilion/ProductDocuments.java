package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.Provenance.CertificateType;
import cn.wanhuo.hub.marketplace.catalog.Sku;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.regions.Region;
import cn.wanhuo.hub.marketplace.regions.RegionLevel;
import cn.wanhuo.hub.shared.text.Pinyin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/** Turns a published product, its producer and its regions into the document the index holds. */
final class ProductDocuments {

  private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();
  /** Suffixes of the name's pinyin (maofeng, feng) so the prefix-only completion suggester finds "maof". */
  private static final int MAX_SUGGEST_SUFFIXES = 6;

  private static final Map<Category, String> CATEGORY_TEXT = Map.of(
      Category.TEA, "茶 茶叶 tea", Category.SILK, "丝绸 蚕丝 silk", Category.HOME_TEXTILES, "家纺 床品 home textiles",
      Category.CULTURAL_GOODS, "文房 文化用品 cultural goods", Category.CRAFTS, "工艺品 手工艺 crafts",
      Category.FARM_PRODUCE, "农产品 生鲜 farm produce", Category.FOOD, "食品 美食 food", Category.LIQUOR, "酒 白酒 liquor",
      Category.HERBAL, "药材 中药材 herbal", Category.TOURISM_SERVICE, "旅游 文旅 tourism");

  private ProductDocuments() {}

  static ProductDocument of(Product product, @Nullable Producer producer, Map<String, Region> regions, LocalDate today,
      @Nullable CampaignOffer campaign) {
    var content = product.content();
    String regionCode = product.region();
    Region own = regions.get(regionCode);
    Region county = own != null && own.level() == RegionLevel.COUNTY ? own : null;
    Region prefecture = county != null ? regions.get(county.parentCode()) : own;
    String producerZh = producer == null ? "" : producer.profile().legalNameZh();
    String producerEn = producer == null ? null : producer.profile().legalNameEn();

    var certificates = content.provenance().certificates().stream()
        .filter(c -> c.validOn(today)).map(c -> c.type().name()).distinct().toList();
    long min = content.skus().stream().mapToLong(Sku::priceFen).min().orElse(0);
    long max = content.skus().stream().mapToLong(Sku::priceFen).max().orElse(0);
    long stock = content.skus().stream().mapToLong(Sku::stock).sum();

    var other = new LinkedHashSet<String>();
    Stream.of(producerZh, nameZhOf(prefecture), nameZhOf(county)).filter(Objects::nonNull)
        .forEach(name -> other.addAll(Pinyin.syllableRuns(name)));
    var suggestInput = new LinkedHashSet<String>();
    suggestInput.add(content.nameZh());
    if (content.nameEn() != null) {
      suggestInput.add(content.nameEn());
    }
    var syllables = Pinyin.syllables(content.nameZh());
    for (int i = 0; i < Math.min(syllables.size(), MAX_SUGGEST_SUFFIXES); i++) {
      suggestInput.add(String.join("", syllables.subList(i, syllables.size())));
    }
    suggestInput.add(Pinyin.initials(content.nameZh()));

    return new ProductDocument(product.id(), product.producerId(), producerZh, producerEn,
        producer == null ? "" : producer.profile().type().name(), content.nameZh(), content.nameEn(),
        text(content.descriptionZh()), content.descriptionEn() == null ? null : text(content.descriptionEn()),
        content.category().name(), CATEGORY_TEXT.get(content.category()), prefecture == null ? regionCode : prefecture.code(), county == null ? null : county.code(),
        nameZhOf(prefecture), prefecture == null ? null : prefecture.nameEn(), nameZhOf(county), county == null ? null : county.nameEn(),
        List.copyOf(Pinyin.syllableRuns(content.nameZh())), List.copyOf(Pinyin.initialRuns(content.nameZh())), List.copyOf(other),
        content.provenance().geographicalIndication() != null, certificates,
        certificates.contains(CertificateType.TIME_HONOURED_BRAND.name()), min, max, stock, stock > 0,
        campaign == null ? List.of() : List.of(campaign.id()), campaign, 0,
        publishedAt(product).toString(), product.images().isEmpty() ? null : product.images().get(0),
        new ProductDocument.Suggest(new ArrayList<>(suggestInput), Map.of("category", List.of(content.category().name()))),
        product.version() == null ? 0 : product.version());
  }

  private static @Nullable String nameZhOf(@Nullable Region region) {
    return region == null ? null : region.nameZh();
  }

  /** The text of sanitised HTML: tags dropped, entities (the sanitizer writes ，as &#xff0c;) turned back to characters. */
  private static String text(String html) {
    return HtmlUtils.htmlUnescape(TEXT_ONLY.sanitize(html)).strip();
  }

  /** When the product was first published: its first "published" audit entry, else its creation. */
  private static Instant publishedAt(Product product) {
    return product.history().stream().filter(e -> e.action().equals("published") || e.action().equals("seeded"))
        .map(e -> e.at()).findFirst().orElse(product.createdAt());
  }
}
