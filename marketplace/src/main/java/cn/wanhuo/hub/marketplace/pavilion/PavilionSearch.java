package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.shared.search.Search;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Free-text search over the pavilion. Chinese runs through the standard analyzer (one token per character),
 * so every character must match and whole phrases score higher.
 */
@Service
public class PavilionSearch {

  private final ElasticsearchAsyncClient client;
  private final SpecialtyIndex index;

  PavilionSearch(ElasticsearchAsyncClient client, SpecialtyIndex index) {
    this.client = client;
    this.index = index;
  }

  public Mono<SearchPage> search(String text, int page, int size) {
    Query query = text.isBlank() ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q.bool(b -> b
        .must(m -> m.multiMatch(mm -> mm.query(text).operator(Operator.And)
            .fields("nameZh^3", "nameEn^2", "prefectureNameZh", "prefectureNameEn")))
        .should(s -> s.matchPhrase(mp -> mp.field("nameZh").query(text).boost(5f)))));
    return Search.call(() -> client.search(s -> s.index(index.alias()).query(query)
            .from(page * size).size(size).trackTotalHits(t -> t.enabled(true)), SpecialtyDocument.class))
        .map(response -> new SearchPage(response.hits().total() == null ? 0 : response.hits().total().value(),
            page, size, response.hits().hits().stream().map(Hit::source).toList()));
  }
}
