package cn.wanhuo.hub.marketplace.pavilion;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of pavilion search: the hits, the total, facet counts for every filter (each counted with the other
 * filters applied, so choosing one value does not hide the alternatives), the cursor of the next page, and a
 * suggestion when nothing matched.
 */
public record SearchResult(long total, List<Item> items, Facets facets, @Nullable String nextCursor, @Nullable String didYouMean) {

  /** A product as a search result shows it; highlights hold HTML-escaped text with {@code <em>} marks. */
  public record Item(String id, String nameZh, @Nullable String nameEn, String category, String prefectureCode,
      @Nullable String prefectureNameZh, @Nullable String prefectureNameEn, @Nullable String countyCode, @Nullable String countyNameZh,
      @Nullable String countyNameEn, String producerId, String producerNameZh, @Nullable String producerNameEn, long minPriceFen,
      long maxPriceFen, boolean inStock, boolean geographicalIndication, List<String> certificateTypes, boolean timeHonoured,
      @Nullable String coverImageId, @Nullable CampaignOffer campaign, Map<String, List<String>> highlights) {}

  /** Counts per filter value. */
  public record Facets(List<Bucket> category, List<Bucket> prefecture, List<Bucket> county, List<Bucket> certificate,
      List<Bucket> price, long geographicalIndication, long inStock) {}

  /** One value of a facet; {@code key} of a price bucket is "from-to" in fen, either side may be empty. */
  public record Bucket(String key, long count) {}
}
