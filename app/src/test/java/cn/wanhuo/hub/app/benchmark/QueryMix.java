package cn.wanhuo.hub.app.benchmark;

import cn.wanhuo.hub.marketplace.pavilion.ProductQuery;
import cn.wanhuo.hub.marketplace.pavilion.ProductQuery.SortOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What consumers search the pavilion for, each as the endpoint's query parameters: Chinese names, pinyin, initials,
 * English, synonyms, place names, filters (prefecture, category, GI, price band, in stock), price and newest sorts,
 * facet-only browsing with no text, and a second page by cursor. Every query has results, so the endpoint never
 * takes its extra "did you mean" round trip, which the raw baseline would not make.
 */
final class QueryMix {

  /** One query: a label for the report and the parameters as the browser sends them. */
  record Query(String label, Map<String, String> params) {

    String uri() {
      return "/api/pavilion/search?" + params.entrySet().stream()
          .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The parameters as a reader wants them: not URL-encoded, the opaque cursor elided. */
    String readable() {
      return params.entrySet().stream().map(p -> p.getKey() + "=" + (p.getKey().equals("cursor") ? "…" : p.getValue()))
          .collect(Collectors.joining("&"));
    }

    /** The query as {@code PavilionSearchController} builds it from these parameters. */
    ProductQuery productQuery() {
      return new ProductQuery(params.getOrDefault("q", ""), params.containsKey("category") ? List.of(params.get("category")) : List.of(),
          params.get("prefecture"), params.get("county"), Boolean.parseBoolean(params.get("gi")), params.get("certificate"),
          number(params.get("minPriceFen")), number(params.get("maxPriceFen")), Boolean.parseBoolean(params.get("inStock")), null,
          SortOrder.valueOf(params.getOrDefault("sort", "RELEVANCE")), params.get("cursor"), Integer.parseInt(params.getOrDefault("size", "20")));
    }

    Query withCursor(String label, String cursor) {
      var next = new LinkedHashMap<>(params);
      next.put("cursor", cursor);
      return new Query(label, next);
    }

    private static Long number(String value) {
      return value == null ? null : Long.valueOf(value);
    }
  }

  /** The query whose second page the mix also asks for. */
  static final Query FIRST_PAGE = query("tea by price, page 1", "q", "", "category", "TEA", "sort", "PRICE_ASC");

  private QueryMix() {}

  /** The mix; the second page needs the cursor the first page answered. */
  static List<Query> of(String secondPageCursor) {
    return List.of(
        query("Chinese name", "q", "黄山毛峰"),
        query("Chinese, synonym", "q", "猴魁"),
        query("pinyin", "q", "maofeng"),
        query("initials", "q", "hsmf"),
        query("English, synonym", "q", "Keemun"),
        query("pinyin, two words", "q", "luan guapian"),
        query("synonym + category", "q", "宣纸", "category", "CULTURAL_GOODS"),
        query("English phrase, synonym", "q", "silk quilt"),
        query("Chinese, by price", "q", "山核桃", "sort", "PRICE_ASC"),
        query("Chinese, in stock", "q", "酥梨", "inStock", "true"),
        query("place + prefecture", "q", "黄山", "prefecture", "341000"),
        query("Chinese + GI, price desc", "q", "绿茶", "gi", "true", "sort", "PRICE_DESC"),
        query("Chinese dish", "q", "臭鳜鱼"),
        query("no text: prefecture + GI", "q", "", "prefecture", "341000", "gi", "true"),
        query("no text: tea 100–300 yuan", "q", "", "category", "TEA", "minPriceFen", "10000", "maxPriceFen", "30000"),
        query("no text: newest", "q", "", "sort", "NEWEST"),
        FIRST_PAGE,
        FIRST_PAGE.withCursor("tea by price, page 2", secondPageCursor));
  }

  private static Query query(String label, String... keysAndValues) {
    var params = new LinkedHashMap<String, String>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    params.put("size", "20");
    return new Query(label, params);
  }
}
