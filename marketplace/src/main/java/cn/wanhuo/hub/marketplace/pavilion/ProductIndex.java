package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.shared.search.Search;
import cn.wanhuo.hub.shared.search.SearchSettings;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The pavilion's product index: versioned concrete indices ({@code <alias>-<millis>}) behind one alias. Searches
 * read the alias; writes go to every concrete index of the family, so a rebuild in progress misses no change, and
 * carry the product's MongoDB version as an external version, so the order writes arrive in never matters.
 */
@Component
public class ProductIndex {

  private static final Logger log = LoggerFactory.getLogger(ProductIndex.class);
  /** Far longer than any search takes; a search slower than this fails anyway. */
  private static final Duration RETIREMENT_GRACE = Duration.ofSeconds(10);

  /** Raised whenever the mapping or the documents change shape; an index of an older version is rebuilt. */
  static final int MAPPING_VERSION = 3;

  private final ElasticsearchAsyncClient client;
  private final String alias;
  private final String chineseAnalyzer;
  private final Clock clock = Clock.systemUTC();

  ProductIndex(ElasticsearchAsyncClient client, SearchSettings settings) {
    this.client = client;
    this.alias = settings.alias("products");
    this.chineseAnalyzer = settings.chineseAnalyzer();
  }

  public String alias() {
    return alias;
  }

  /** Whether the alias exists, i.e. searches have an index to read. */
  Mono<Boolean> exists() {
    return Search.call(() -> client.indices().existsAlias(e -> e.name(alias))).map(r -> r.value());
  }

  /** Whether the index behind the alias was built with the current mapping version. */
  Mono<Boolean> current() {
    return Search.call(() -> client.indices().getMapping(g -> g.index(alias)))
        .map(response -> response.mappings().values().stream().allMatch(mapping -> {
          var meta = mapping.mappings().meta();
          return meta != null && meta.containsKey("mappingVersion") && meta.get("mappingVersion").to(Integer.class) == MAPPING_VERSION;
        }));
  }

  /** Creates a new, empty concrete index of the family and answers its name; the alias is not moved. */
  Mono<String> createConcrete() {
    String index = alias + "-" + clock.millis();
    return Search.call(() -> client.indices().create(c -> c.index(index)
            .settings(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("1s")))
            .mappings(this::mapping)))
        .thenReturn(index);
  }

  /**
   * Makes everything written to the index searchable, points the alias at it alone and, after a grace period,
   * deletes the family's other indices. Without the refresh, searches would see an empty index until the next
   * scheduled refresh; without the grace, a search that resolved the alias just before the swap fails with
   * "no shard available" when its index vanishes under it.
   */
  Mono<Void> swapTo(String index) {
    return Search.call(() -> client.indices().refresh(r -> r.index(index)))
        .then(concreteIndices())
        .flatMap(all -> {
          List<String> others = all.stream().filter(name -> !name.equals(index)).toList();
          return Search.call(() -> client.indices().updateAliases(u -> {
                u.actions(a -> a.add(add -> add.index(index).alias(alias)));
                if (!others.isEmpty()) {
                  u.actions(a -> a.remove(r -> r.indices(others).alias(alias).mustExist(false)));
                }
                return u;
              }))
              .doOnNext(done -> {
                log.info("Search alias {} now points at {}", alias, index);
                retireLater(others);
              });
        })
        .then();
  }

  /** Fire and forget: if this instance dies first, the next rebuild's swap retires the leftovers with the rest. */
  private void retireLater(List<String> indices) {
    if (indices.isEmpty()) {
      return;
    }
    Mono.delay(RETIREMENT_GRACE)
        .then(Search.call(() -> client.indices().delete(d -> d.index(indices).ignoreUnavailable(true))))
        .subscribe(done -> log.info("Retired search indices {}", indices), e -> log.warn("Could not retire search indices {}", indices, e));
  }

  /** Every concrete index of the family, including one being built. */
  Mono<Set<String>> concreteIndices() {
    return Search.call(() -> client.indices().get(g -> g.index(alias + "-*").allowNoIndices(true).ignoreUnavailable(true)))
        .map(response -> (Set<String>) new TreeSet<>(response.indices().keySet()));
  }

  /**
   * Writes documents and deletions to the given indices. A version conflict means a newer snapshot is already there
   * and counts as done; any other failed item fails the call, so the caller keeps the change and retries. Documents
   * are written "external_gte" so that a campaign starting or ending rewrites a product whose own version has not
   * moved; an older snapshot of the product still loses.
   */
  Mono<Void> write(Set<String> indices, List<ProductDocument> documents, Map<String, Long> deletions) {
    if (indices.isEmpty() || documents.isEmpty() && deletions.isEmpty()) {
      return Mono.empty();
    }
    var bulk = new BulkRequest.Builder();
    for (String index : indices) {
      documents.forEach(doc -> bulk.operations(op -> op.index(i -> i.index(index).id(doc.id()).document(doc)
          .versionType(VersionType.ExternalGte).version(doc.sourceVersion()))));
      deletions.forEach((id, version) -> bulk.operations(op -> op.delete(d -> d.index(index).id(id)
          .versionType(VersionType.External).version(version))));
    }
    return Search.call(() -> client.bulk(bulk.build())).flatMap(response -> {
      var failed = response.items().stream().filter(item -> item.error() != null && !conflictOrGone(item)).findFirst();
      return failed.isPresent()
          ? Mono.error(new IllegalStateException("Indexing failed in " + failed.get().index() + ": " + failed.get().error().reason()))
          : Mono.empty();
    });
  }

  /** The id and version of every document the alias serves, read in pages sorted by id. */
  Mono<Map<String, Long>> indexedVersions() {
    return page(null).expand(hits -> hits.size() < 1000 ? Mono.empty() : page(hits.get(hits.size() - 1).id()))
        .flatMapIterable(hits -> hits)
        .collectMap(Hit::id, hit -> hit.source() == null ? -1L : hit.source().sourceVersion(), HashMap::new);
  }

  private Mono<List<Hit<VersionOnly>>> page(String after) {
    return Search.call(() -> client.search(s -> {
          s.index(alias).size(1000).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
              .source(src -> src.filter(f -> f.includes("sourceVersion")));
          if (after != null) {
            s.searchAfter(FieldValue.of(after));
          }
          return s;
        }, VersionOnly.class))
        .map(response -> response.hits().hits());
  }

  /** Only the version of an indexed product. */
  record VersionOnly(long sourceVersion) {}

  private static boolean conflictOrGone(BulkResponseItem item) {
    return item.status() == 409 || item.status() == 404 && item.error() == null;
  }

  private TypeMapping.Builder mapping(TypeMapping.Builder m) {
    return m
        .meta("mappingVersion", JsonData.of(MAPPING_VERSION))
        .properties("id", p -> p.keyword(k -> k))
        .properties("producerId", p -> p.keyword(k -> k))
        .properties("producerNameZh", p -> p.text(t -> t.analyzer(chineseAnalyzer)))
        .properties("producerNameEn", p -> p.text(t -> t.analyzer("standard")))
        .properties("producerType", p -> p.keyword(k -> k))
        .properties("nameZh", p -> p.text(t -> t.analyzer(chineseAnalyzer)))
        .properties("nameEn", p -> p.text(t -> t.analyzer("standard")))
        .properties("descriptionZh", p -> p.text(t -> t.analyzer(chineseAnalyzer)))
        .properties("descriptionEn", p -> p.text(t -> t.analyzer("standard")))
        .properties("category", p -> p.keyword(k -> k))
        .properties("categoryText", p -> p.text(t -> t.analyzer(chineseAnalyzer)))
        .properties("prefectureCode", p -> p.keyword(k -> k))
        .properties("countyCode", p -> p.keyword(k -> k))
        .properties("prefectureNameZh", p -> p.text(t -> t.analyzer(chineseAnalyzer)))
        .properties("prefectureNameEn", p -> p.text(t -> t.analyzer("standard")))
        .properties("countyNameZh", p -> p.text(t -> t.analyzer(chineseAnalyzer)))
        .properties("countyNameEn", p -> p.text(t -> t.analyzer("standard")))
        .properties("namePinyin", p -> p.keyword(k -> k))
        .properties("nameInitials", p -> p.keyword(k -> k))
        .properties("otherPinyin", p -> p.keyword(k -> k))
        .properties("geographicalIndication", p -> p.boolean_(b -> b))
        .properties("certificateTypes", p -> p.keyword(k -> k))
        .properties("timeHonoured", p -> p.boolean_(b -> b))
        .properties("minPriceFen", p -> p.long_(l -> l))
        .properties("maxPriceFen", p -> p.long_(l -> l))
        .properties("stock", p -> p.long_(l -> l))
        .properties("inStock", p -> p.boolean_(b -> b))
        .properties("campaignIds", p -> p.keyword(k -> k))
        .properties("campaign", p -> p.object(o -> o.enabled(false)))
        .properties("salesCount", p -> p.long_(l -> l))
        .properties("publishedAt", p -> p.date(d -> d))
        .properties("coverImageId", p -> p.keyword(k -> k.index(false)))
        .properties("sourceVersion", p -> p.long_(l -> l))
        .properties("suggest", p -> p.completion(c -> c.analyzer("simple").preserveSeparators(false)
            .contexts(ctx -> ctx.name("category").type("category"))));
  }

  /** Deletes the whole family (tests and operators starting over); searches answer 404-empty until a rebuild. */
  Mono<Void> dropAll() {
    return concreteIndices().filter(all -> !all.isEmpty())
        .flatMap(all -> Search.call(() -> client.indices().delete(d -> d.index(List.copyOf(all)))))
        .then();
  }
}
