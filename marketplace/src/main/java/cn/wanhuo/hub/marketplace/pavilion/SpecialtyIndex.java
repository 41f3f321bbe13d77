package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.marketplace.reference.Specialties;
import cn.wanhuo.hub.marketplace.reference.Specialty;
import cn.wanhuo.hub.marketplace.regions.Region;
import cn.wanhuo.hub.marketplace.regions.Regions;
import cn.wanhuo.hub.shared.search.Search;
import cn.wanhuo.hub.shared.search.SearchSettings;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The pavilion's specialty index: a versioned index behind an alias, rebuilt from MongoDB (the source of
 * truth) into a fresh index and swapped in one alias action, so searches never see a half-built index.
 */
@Component
public class SpecialtyIndex {

  private static final Logger log = LoggerFactory.getLogger(SpecialtyIndex.class);

  private final ElasticsearchAsyncClient client;
  private final Specialties specialties;
  private final Regions regions;
  private final String alias;
  private final Clock clock;

  SpecialtyIndex(ElasticsearchAsyncClient client, Specialties specialties, Regions regions, SearchSettings settings) {
    this.client = client;
    this.specialties = specialties;
    this.regions = regions;
    this.alias = settings.alias("specialties");
    this.clock = Clock.systemUTC();
  }

  public String alias() {
    return alias;
  }

  /** Rebuilds when the alias is missing or its document count differs from MongoDB's; answers the count indexed. */
  public Mono<Long> reconcile() {
    return Mono.zip(specialties.count(), indexedCount())
        .flatMap(counts -> counts.getT1().equals(counts.getT2()) ? Mono.just(counts.getT2()) : rebuild());
  }

  /** Bulk-loads every specialty into a new index, points the alias at it and drops the old ones. */
  public Mono<Long> rebuild() {
    String index = alias + "-" + clock.millis();
    return createIndex(index)
        .then(documents())
        .flatMap(docs -> bulkIndex(index, docs).thenReturn((long) docs.size()))
        .flatMap(count -> swapAlias(index).thenReturn(count))
        .doOnNext(count -> log.info("Search index {} now serves {} specialties from {}", alias, count, index));
  }

  private Mono<Long> indexedCount() {
    return Search.call(() -> client.indices().existsAlias(e -> e.name(alias)))
        .flatMap(exists -> exists.value()
            ? Search.call(() -> client.count(c -> c.index(alias))).map(r -> r.count())
            : Mono.just(-1L));
  }

  private Mono<Void> createIndex(String index) {
    return Search.call(() -> client.indices().create(c -> c.index(index)
            .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
            .mappings(m -> m
                .properties("id", p -> p.keyword(k -> k))
                .properties("nameZh", p -> p.text(t -> t.analyzer("standard")))
                .properties("nameEn", p -> p.text(t -> t.analyzer("standard")))
                .properties("category", p -> p.keyword(k -> k))
                .properties("prefectureCode", p -> p.keyword(k -> k))
                .properties("prefectureNameZh", p -> p.text(t -> t.analyzer("standard")))
                .properties("prefectureNameEn", p -> p.text(t -> t.analyzer("standard")))
                .properties("geographicalIndication", p -> p.boolean_(b -> b)))))
        .then();
  }

  private Mono<List<SpecialtyDocument>> documents() {
    return regions.findAll().collectMap(Region::code, Function.identity())
        .flatMap(byCode -> specialties.findAll().map(s -> document(s, byCode)).collectList());
  }

  private static SpecialtyDocument document(Specialty s, Map<String, Region> regionsByCode) {
    Region prefecture = regionsByCode.get(s.prefectureCode());
    return new SpecialtyDocument(s.nameZh(), s.nameZh(), s.nameEn(), s.category(), s.prefectureCode(),
        prefecture == null ? null : prefecture.nameZh(), prefecture == null ? null : prefecture.nameEn(),
        s.certifiedGeographicalIndication());
  }

  private Mono<Void> bulkIndex(String index, List<SpecialtyDocument> docs) {
    var bulk = new BulkRequest.Builder().index(index).refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
    docs.forEach(doc -> bulk.operations(op -> op.index(i -> i.id(doc.id()).document(doc))));
    return Search.call(() -> client.bulk(bulk.build())).flatMap(response -> response.errors()
        ? Mono.error(new IllegalStateException("Bulk indexing into " + index + " failed: "
            + response.items().stream().filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?")))
        : Mono.empty());
  }

  private Mono<Void> swapAlias(String index) {
    return Search.call(() -> client.indices().get(g -> g.index(alias + "-*")))
        .map(existing -> existing.indices().keySet().stream().filter(name -> !name.equals(index)).collect(Collectors.toSet()))
        .flatMap(old -> Search.call(() -> client.indices().updateAliases(u -> {
              u.actions(a -> a.add(add -> add.index(index).alias(alias)));
              old.forEach(name -> u.actions(a -> a.removeIndex(r -> r.index(name))));
              return u;
            })))
        .then();
  }
}
