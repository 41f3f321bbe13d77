package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.shared.seed.DemoSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The admin-editable synonym table, expanded at query time (the index needs no rebuild when it changes). The table
 * is read from MongoDB at most every few seconds per instance, so an edit reaches every instance quickly.
 */
@Service
public class Synonyms implements DemoSeed {

  private static final int MAX_ALTERNATIVES = 6;
  private static final List<List<String>> SEED = List.of(
      List.of("祁红", "祁门红茶", "Keemun"),
      List.of("猴魁", "太平猴魁", "Houkui"),
      List.of("毛峰", "黄山毛峰", "Maofeng"),
      List.of("瓜片", "六安瓜片", "Guapian"),
      List.of("宣纸", "Xuan paper"),
      List.of("徽墨", "Hui ink"),
      List.of("歙砚", "She inkstone"),
      List.of("老字号", "中华老字号", "time-honoured"),
      List.of("蚕丝被", "silk quilt"));

  private final ReactiveMongoTemplate mongo;
  private final CurrentAccount currentAccount;
  /** A group's words, each with its pattern compiled when the table is read, not on every query. */
  private record Term(String word, Pattern pattern) {}

  private final Mono<List<List<Term>>> table;

  Synonyms(ReactiveMongoTemplate mongo, CurrentAccount currentAccount) {
    this.mongo = mongo;
    this.currentAccount = currentAccount;
    this.table = mongo.findAll(SynonymGroup.class)
        .map(group -> group.terms().stream().map(word -> new Term(word, pattern(word))).toList())
        .collectList()
        .cache(Duration.ofSeconds(5));
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public String name() {
    return "search synonyms";
  }

  /** Seeds the table once; after that it belongs to the administrators. */
  @Override
  public Mono<Long> load() {
    return mongo.count(new Query(), SynonymGroup.class)
        .flatMap(count -> count > 0 ? Mono.just(0L) : Flux.fromIterable(SEED)
            .concatMap(terms -> mongo.insert(new SynonymGroup(null, terms, "seed", Instant.EPOCH, null)))
            .count());
  }

  public Flux<SynonymGroup> all() {
    return mongo.findAll(SynonymGroup.class);
  }

  /** Adds a group; the words are trimmed and must differ from each other, ignoring case. */
  public Mono<SynonymGroup> create(List<String> terms) {
    return checked(terms).zipWith(currentAccount.get())
        .flatMap(both -> mongo.insert(new SynonymGroup(null, both.getT1(), both.getT2().username(), Instant.now(), null)));
  }

  /** Replaces a group's words; {@code version} is what the editor loaded, so a concurrent edit answers 409. */
  public Mono<SynonymGroup> update(String id, long version, List<String> terms) {
    return checked(terms).zipWith(currentAccount.get())
        .flatMap(both -> mongo.findById(id, SynonymGroup.class)
            .switchIfEmpty(Mono.error(() -> new SynonymNotFound(id)))
            .flatMap(existing -> mongo.save(new SynonymGroup(id, both.getT1(), both.getT2().username(), Instant.now(), version))));
  }

  public Mono<Void> delete(String id) {
    return mongo.findAndRemove(Query.query(Criteria.where("_id").is(id)), SynonymGroup.class)
        .switchIfEmpty(Mono.error(() -> new SynonymNotFound(id)))
        .then();
  }

  private static Mono<List<String>> checked(List<String> terms) {
    var trimmed = terms.stream().map(String::strip).toList();
    if (trimmed.stream().anyMatch(String::isEmpty)) {
      return Mono.error(new InvalidSynonyms("Every word must have at least one character."));
    }
    if (trimmed.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().count() != trimmed.size()) {
      return Mono.error(new InvalidSynonyms("A word appears twice in the group."));
    }
    return Mono.just(trimmed);
  }

  /**
   * The query and, for every synonym it contains, the query with that word replaced by each of its synonyms.
   * Chinese words match anywhere in the query; Latin words match whole words, ignoring case.
   */
  public Mono<List<String>> expand(String query) {
    return table.map(groups -> {
      var alternatives = new LinkedHashSet<String>();
      alternatives.add(query);
      for (List<Term> group : groups) {
        for (Term term : group) {
          if (!term.pattern().matcher(query).find()) {
            continue;
          }
          for (Term other : group) {
            if (other != term && alternatives.size() < MAX_ALTERNATIVES) {
              alternatives.add(term.pattern().matcher(query).replaceAll(Matcher.quoteReplacement(other.word())));
            }
          }
        }
      }
      return new ArrayList<>(alternatives);
    });
  }

  private static Pattern pattern(String term) {
    boolean latin = term.chars().allMatch(c -> c < 0x3000);
    return latin
        ? Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        : Pattern.compile(Pattern.quote(term));
  }
}
