package cn.wanhuo.hub.marketplace.pavilion;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a consumer asks the pavilion: free text (Chinese, English, pinyin or initials), filters, a sort and, for the
 * next page, the cursor the previous page answered. Prices are in fen.
 */
public record ProductQuery(
    String text,
    List<String> categories,
    @Nullable String prefecture,
    @Nullable String county,
    boolean geographicalIndicationOnly,
    @Nullable String certificate,
    @Nullable Long minPriceFen,
    @Nullable Long maxPriceFen,
    boolean inStockOnly,
    @Nullable String campaign,
    SortOrder sort,
    @Nullable String cursor,
    int size) {

  /** How results are ordered. */
  public enum SortOrder { RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST, BEST_SELLING }

  public ProductQuery {
    text = text == null ? "" : text.strip();
    categories = categories == null ? List.of() : List.copyOf(categories);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  public static ProductQuery text(String text, int size) {
    return new ProductQuery(text, List.of(), null, null, false, null, null, null, false, null, SortOrder.RELEVANCE, null, size);
  }
}
