package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.marketplace.pavilion.ProductQuery.SortOrder;
import cn.wanhuo.hub.marketplace.pavilion.SearchResult.Bucket;
import cn.wanhuo.hub.marketplace.pavilion.SearchResult.Facets;
import cn.wanhuo.hub.marketplace.pavilion.SearchResult.Item;
import cn.wanhuo.hub.shared.search.Search;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Pavilion search over the product index. Chinese runs through the standard analyzer (one token per character), so
 * every character of a word must match and whole phrases score higher; Latin words also match the pinyin runs and
 * initials computed at indexing, and English names with typos forgiven. Synonyms are expanded before querying.
 */
@Service
public class ProductSearch {

  static final long[][] PRICE_RANGES = {{0, 5_000}, {5_000, 10_000}, {10_000, 30_000}, {30_000, 100_000}, {100_000, -1}};
  private static final String[] TEXT_FIELDS = {"nameZh^4", "nameEn^3", "producerNameZh^1.5", "producerNameEn", "prefectureNameZh",
      "countyNameZh", "prefectureNameEn", "countyNameEn", "categoryText^0.5", "descriptionZh^0.3", "descriptionEn^0.3"};

  private final ElasticsearchAsyncClient client;
  private final ProductIndex index;
  private final Synonyms synonyms;
  private final Suggestions suggestions;

  ProductSearch(ElasticsearchAsyncClient client, ProductIndex index, Synonyms synonyms, Suggestions suggestions) {
    this.client = client;
    this.index = index;
    this.synonyms = synonyms;
    this.suggestions = suggestions;
  }

  public Mono<SearchResult> search(ProductQuery query) {
    return request(query)
        .flatMap(request -> Search.call(() -> client.search(request, ProductDocument.class)))
        .flatMap(response -> {
          var result = result(query, response);
          return result.total() > 0 || query.text().isBlank()
              ? Mono.just(result)
              : suggestions.didYouMean(query.text()).map(Optional::of).defaultIfEmpty(Optional.empty())
                  .map(suggestion -> new SearchResult(0, List.of(), result.facets(), null, suggestion.orElse(null)));
        });
  }

  /** The request as this service sends it; the benchmark sends the same one straight to Elasticsearch. */
  public Mono<SearchRequest> request(ProductQuery query) {
    Mono<Query> text = query.text().isBlank() ? Mono.just(Query.of(q -> q.matchAll(m -> m))) : synonyms.expand(query.text()).map(ProductSearch::textQuery);
    return text.map(q -> request(query, q));
  }

  private SearchRequest request(ProductQuery query, Query text) {
    var filters = Filters.of(query);
    return SearchRequest.of(s -> {
      s.index(index.alias()).query(text).postFilter(filters.all())
          // One more than asked, so the page knows whether another follows.
          .size(query.size() == 0 ? 0 : query.size() + 1).trackTotalHits(t -> t.enabled(true))
          .sort(sort(query.sort()))
          .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
              .fields(NamedValue.of("nameZh", HighlightField.of(f -> f.numberOfFragments(0))))
              .fields(NamedValue.of("nameEn", HighlightField.of(f -> f.numberOfFragments(0))))
              .fields(NamedValue.of("descriptionZh", HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(1)))))
          .source(src -> src.filter(f -> f.excludes("suggest", "namePinyin", "nameInitials", "otherPinyin", "descriptionZh", "descriptionEn")))
          .aggregations(facetAggregations(filters));
      if (query.cursor() != null) {
        s.searchAfter(Cursor.decode(query.cursor(), sortKinds(query.sort())));
      }
      return s;
    });
  }

  static Query textQuery(List<String> alternatives) {
    return Query.of(q -> q.bool(b -> {
      for (int i = 0; i < alternatives.size(); i++) {
        float boost = i == 0 ? 1f : 0.8f;
        String alternative = alternatives.get(i);
        b.should(s -> s.bool(alt -> alternativeQuery(alt, alternative).boost(boost)));
      }
      return b.minimumShouldMatch("1");
    }));
  }

  /** Every word must match somewhere; the whole text as a Chinese phrase scores highest. */
  private static BoolQuery.Builder alternativeQuery(
      BoolQuery.Builder b, String text) {
    for (String word : text.split("\\s+")) {
      if (!word.isBlank()) {
        b.must(m -> m.bool(w -> wordQuery(w, word)));
      }
    }
    return b.should(s -> s.matchPhrase(p -> p.field("nameZh").query(text).boost(8f)))
        .should(s -> s.matchPhrase(p -> p.field("nameEn").query(text).boost(4f)));
  }

  private static BoolQuery.Builder wordQuery(
      BoolQuery.Builder w, String word) {
    w.should(s -> s.multiMatch(m -> m.query(word).fields(List.of(TEXT_FIELDS)).operator(Operator.And).type(TextQueryType.BestFields)));
    String latin = word.toLowerCase(Locale.ROOT);
    if (latin.chars().allMatch(c -> c < 0x3000 && Character.isLetterOrDigit(c))) {
      w.should(s -> s.term(t -> t.field("namePinyin").value(latin).boost(3f)))
          .should(s -> s.term(t -> t.field("nameInitials").value(latin).boost(2f)))
          .should(s -> s.term(t -> t.field("otherPinyin").value(latin)))
          .should(s -> s.match(m -> m.field("nameEn").query(word).fuzziness("AUTO").prefixLength(1).boost(1.5f)));
      if (latin.length() >= 3) {
        w.should(s -> s.prefix(p -> p.field("namePinyin").value(latin).boost(0.8f)));
      }
    }
    return w.minimumShouldMatch("1");
  }

  private static List<SortOptions> sort(SortOrder order) {
    var sorts = new ArrayList<SortOptions>();
    switch (order) {
      case RELEVANCE -> sorts.add(SortOptions.of(o -> o.score(sc -> sc.order(co.elastic.clients.elasticsearch._types.SortOrder.Desc))));
      case PRICE_ASC -> sorts.add(field("minPriceFen", true));
      case PRICE_DESC -> sorts.add(field("minPriceFen", false));
      case NEWEST -> sorts.add(field("publishedAt", false));
      case BEST_SELLING -> sorts.add(field("salesCount", false));
    }
    if (order != SortOrder.NEWEST) {
      sorts.add(field("publishedAt", false));
    }
    sorts.add(field("id", true));
    return sorts;
  }

  /** The kind of each sort value, in sort order, so a cursor can be checked before Elasticsearch sees it. */
  private static List<FieldValue.Kind> sortKinds(SortOrder order) {
    var kinds = new ArrayList<FieldValue.Kind>();
    kinds.add(order == SortOrder.RELEVANCE ? FieldValue.Kind.Double : FieldValue.Kind.Long);
    if (order != SortOrder.NEWEST) {
      kinds.add(FieldValue.Kind.Long);
    }
    kinds.add(FieldValue.Kind.String);
    return kinds;
  }

  private static SortOptions field(String name, boolean ascending) {
    return SortOptions.of(o -> o.field(f -> f.field(name)
        .order(ascending ? co.elastic.clients.elasticsearch._types.SortOrder.Asc : co.elastic.clients.elasticsearch._types.SortOrder.Desc)));
  }

  private static Map<String, Aggregation> facetAggregations(Filters filters) {
    var aggregations = new LinkedHashMap<String, Aggregation>();
    aggregations.put("category", terms(filters.except(Filters.CATEGORY), "category", 20));
    aggregations.put("prefecture", terms(filters.except(Filters.PREFECTURE), "prefectureCode", 20));
    aggregations.put("county", terms(filters.except(Filters.COUNTY), "countyCode", 120));
    aggregations.put("certificate", terms(filters.except(Filters.CERTIFICATE), "certificateTypes", 10));
    aggregations.put("gi", Aggregation.of(a -> a.filter(Filters.and(filters.except(Filters.GI), Filters.term("geographicalIndication", true)))));
    aggregations.put("inStock", Aggregation.of(a -> a.filter(Filters.and(filters.except(Filters.IN_STOCK), Filters.term("inStock", true)))));
    aggregations.put("price", Aggregation.of(a -> a.filter(filters.except(Filters.PRICE)).aggregations("values", v -> v.range(r -> {
      r.field("minPriceFen");
      for (long[] range : PRICE_RANGES) {
        r.ranges(x -> {
          x.from((double) range[0]);
          if (range[1] > 0) {
            x.to((double) range[1]);
          }
          return x.key(range[0] + "-" + (range[1] > 0 ? String.valueOf(range[1]) : ""));
        });
      }
      return r;
    }))));
    return aggregations;
  }

  private static Aggregation terms(Query filter, String field, int size) {
    return Aggregation.of(a -> a.filter(filter).aggregations("values", v -> v.terms(t -> t.field(field).size(size))));
  }

  private static SearchResult result(ProductQuery query, SearchResponse<ProductDocument> response) {
    var all = response.hits().hits();
    boolean more = all.size() > query.size();
    var hits = more ? all.subList(0, query.size()) : all;
    var items = hits.stream().filter(h -> h.source() != null).map(ProductSearch::item).toList();
    String next = more && !hits.isEmpty() ? Cursor.encode(hits.get(hits.size() - 1).sort()) : null;
    long total = response.hits().total() == null ? items.size() : response.hits().total().value();
    return new SearchResult(total, items, facets(response.aggregations()), next, null);
  }

  private static Item item(Hit<ProductDocument> hit) {
    var d = hit.source();
    Map<String, List<String>> highlights = new HashMap<>(hit.highlight());
    return new Item(d.id(), d.nameZh(), d.nameEn(), d.category(), d.prefectureCode(), d.prefectureNameZh(), d.prefectureNameEn(),
        d.countyCode(), d.countyNameZh(), d.countyNameEn(), d.producerId(), d.producerNameZh(), d.producerNameEn(), d.minPriceFen(),
        d.maxPriceFen(), d.inStock(), d.geographicalIndication(), d.certificateTypes(), d.timeHonoured(), d.coverImageId(), d.campaign(), highlights);
  }

  private static Facets facets(Map<String, Aggregate> aggregations) {
    return new Facets(buckets(aggregations, "category"), buckets(aggregations, "prefecture"), buckets(aggregations, "county"),
        buckets(aggregations, "certificate"),
        aggregations.get("price").filter().aggregations().get("values").range().buckets().array().stream()
            .map(b -> new Bucket(b.key(), b.docCount())).toList(),
        aggregations.get("gi").filter().docCount(), aggregations.get("inStock").filter().docCount());
  }

  private static List<Bucket> buckets(Map<String, Aggregate> aggregations, String name) {
    return aggregations.get(name).filter().aggregations().get("values").sterms().buckets().array().stream()
        .map(b -> new Bucket(b.key().stringValue(), b.docCount())).toList();
  }
}
