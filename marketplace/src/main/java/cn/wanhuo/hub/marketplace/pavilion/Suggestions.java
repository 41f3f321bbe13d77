package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.shared.search.Search;
import cn.wanhuo.hub.shared.text.Pinyin;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggester;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Suggestions while typing, from the completion suggester: names in Chinese and English, the name's pinyin from any
 * syllable on, and its initials, optionally within one category. Latin input is matched fuzzily.
 */
@Service
public class Suggestions {

  /** One suggested product. */
  public record Suggestion(String id, String text, String nameZh, @Nullable String nameEn, String category) {}

  /** Only the fields a suggestion shows. */
  record Named(String id, String nameZh, @Nullable String nameEn, String category) {}

  private final ElasticsearchAsyncClient client;
  private final ProductIndex index;

  Suggestions(ElasticsearchAsyncClient client, ProductIndex index) {
    this.client = client;
    this.index = index;
  }

  public Mono<List<Suggestion>> suggest(String prefix, @Nullable String category, int size) {
    String typed = prefix.strip().toLowerCase(Locale.ROOT);
    if (typed.isEmpty()) {
      return Mono.just(List.of());
    }
    boolean latin = typed.chars().allMatch(c -> c < 0x3000);
    // Two suggesters in one request: exact prefixes first, then (for Latin input) fuzzy ones to fill up, because
    // the completion suggester scores a fuzzy match no lower than an exact one.
    return Search.call(() -> client.search(s -> s.index(index.alias()).size(0)
            .source(src -> src.filter(f -> f.includes("id", "nameZh", "nameEn", "category")))
            .suggest(sg -> {
              sg.suggesters("exact", fs -> fs.prefix(typed).completion(c -> completion(c, category, size)));
              if (latin && typed.length() >= 3) {
                sg.suggesters("fuzzy", fs -> fs.prefix(typed).completion(c -> completion(c, category, size)
                    .fuzzy(f -> f.fuzziness("AUTO").prefixLength(1))));
              }
              return sg;
            }), Named.class))
        .map(response -> Stream.of("exact", "fuzzy")
            .flatMap(name -> response.suggest().getOrDefault(name, List.of()).stream())
            .flatMap(suggestion -> suggestion.completion().options().stream())
            .filter(option -> option.source() != null)
            .map(Suggestions::suggestion)
            .filter(distinctIds())
            .limit(size)
            .toList());
  }

  /** A completion within the category, or within all: a field with contexts must be queried with contexts. */
  private static CompletionSuggester.Builder completion(CompletionSuggester.Builder c, @Nullable String category, int size) {
    var categories = category != null ? List.of(category) : Arrays.stream(Category.values()).map(Enum::name).toList();
    return c.field("suggest").size(size).skipDuplicates(true)
        .contexts("category", categories.stream().map(name -> CompletionContext.of(cc -> cc.context(ctx -> ctx.category(name)))).toList());
  }

  private static Predicate<Suggestion> distinctIds() {
    var seen = new HashSet<String>();
    return suggestion -> seen.add(suggestion.id());
  }

  /**
   * A name close to text that found nothing, or empty when there is none. Chinese text is compared by its pinyin,
   * so a wrong character that sounds alike (黄三毛峰) still leads to the name (黄山毛峰).
   */
  Mono<String> didYouMean(String text) {
    return suggest(Pinyin.hasChinese(text) ? Pinyin.full(text) : text, null, 1).flatMap(found -> found.isEmpty() ? Mono.empty() : Mono.just(found.get(0).nameZh()))
        .filter(name -> !Objects.equals(name, text));
  }

  private static Suggestion suggestion(CompletionSuggestOption<Named> option) {
    var named = option.source();
    return new Suggestion(named.id(), option.text(), named.nameZh(), named.nameEn(), named.category());
  }
}
