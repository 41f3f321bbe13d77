package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.shared.search.SearchSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.Range;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The live counters of each campaign in Redis: applying a ledger entry, reading them and rebuilding them from the
 * ledger. Applying is safe to repeat and to race (see {@link CounterScript}); the entry's pending mark is cleared only
 * for the revision applied.
 */
@Component
public class SalesCounters {

  static final int TOP_PRODUCTS = 10;
  private static final int CONCURRENCY = 16;

  private final ReactiveStringRedisTemplate redis;
  private final ReactiveMongoTemplate mongo;
  private final String prefix;
  private final SoldUnits sold;

  SalesCounters(ReactiveStringRedisTemplate redis, ReactiveMongoTemplate mongo, SearchSettings settings, SoldUnits sold) {
    this.redis = redis;
    this.mongo = mongo;
    this.sold = sold;
    this.prefix = settings.indexPrefix();
  }

  /**
   * Applies the entry's current contribution and recounts what its campaign SKU sold, then clears its pending mark if
   * no newer revision came meanwhile.
   */
  Mono<Void> apply(LedgerEntry entry) {
    return count(entry).then(sold.recount(List.of(entry))).then(mongo.updateFirst(
        Query.query(Criteria.where("_id").is(entry.id()).and("revision").is(entry.revision())),
        new Update().set("pending", false).set("appliedRevision", entry.revision()), LedgerEntry.class)).then();
  }

  /**
   * Applies many entries and recounts what their campaign SKUs sold, then clears their pending marks with one update
   * per revision (new lines are all revision 1), each matching only entries still at the revision applied.
   */
  Mono<Void> applyAll(List<LedgerEntry> entries) {
    var byRevision = entries.stream().collect(Collectors.groupingBy(LedgerEntry::revision, Collectors.mapping(LedgerEntry::id, Collectors.toList())));
    return Flux.fromIterable(entries).flatMap(this::count, CONCURRENCY).then(sold.recount(entries)).then(Flux.fromIterable(byRevision.entrySet())
        .concatMap(group -> mongo.updateMulti(Query.query(Criteria.where("_id").in(group.getValue()).and("revision").is(group.getKey())),
            new Update().set("pending", false).set("appliedRevision", group.getKey()), LedgerEntry.class))
        .then());
  }

  /**
   * Forgets the campaign's counters and counts every ledger line of it again. Lines applied meanwhile by a worker are
   * refused or counted by revision, so a rebuild racing live sales neither loses nor doubles any.
   */
  public Mono<Void> rebuild(String campaignId) {
    var keys = CounterKeys.of(prefix, campaignId);
    return redis.delete(keys.all().toArray(String[]::new))
        .thenMany(mongo.find(Query.query(Criteria.where("attribution.campaignId").is(campaignId)), LedgerEntry.class))
        .concatMap(this::count)
        .then();
  }

  /** How many ledger lines Redis holds as counted for the campaign (whatever their state). */
  Mono<Long> linesCounted(String campaignId) {
    return redis.opsForHash().size(CounterKeys.of(prefix, campaignId).lines());
  }

  /** The campaign's counters now; zeros when nothing sold. */
  public Mono<CampaignCounters> read(String campaignId) {
    var keys = CounterKeys.of(prefix, campaignId);
    var hashes = redis.opsForHash();
    return Mono.zip(numbers(keys.totals()), hashes.size(keys.orders()), hashes.size(keys.buyers()), numbers(keys.channels()),
            numbers(keys.prefectures()), topProducts(keys))
        .map(found -> new CampaignCounters(found.getT1().getOrDefault("gmv", 0L), found.getT1().getOrDefault("units", 0L),
            found.getT1().getOrDefault("lines", 0L), found.getT2(), found.getT3(), figures(found.getT4()), figures(found.getT5()),
            found.getT6()));
  }

  private Mono<Map<String, Long>> numbers(String hash) {
    return redis.opsForHash().entries(hash).collectMap(e -> e.getKey().toString(), e -> Long.parseLong(e.getValue().toString()));
  }

  /** The best products by GMV with their units. */
  private Mono<List<CampaignCounters.ProductFigures>> topProducts(CounterKeys keys) {
    var zsets = redis.opsForZSet();
    return zsets.reverseRangeWithScores(keys.productGmv(), Range.closed(0L, (long) TOP_PRODUCTS - 1)).collectList().flatMap(top -> {
      if (top.isEmpty()) {
        return Mono.just(List.<CampaignCounters.ProductFigures>of());
      }
      return zsets.score(keys.productUnits(), top.stream().map(t -> (Object) t.getValue()).toArray()).map(units -> {
        var products = new ArrayList<CampaignCounters.ProductFigures>();
        for (int i = 0; i < top.size(); i++) {
          Double sold = units.get(i);
          products.add(new CampaignCounters.ProductFigures(top.get(i).getValue(), Math.round(top.get(i).getScore()),
              sold == null ? 0 : Math.round(sold)));
        }
        return products;
      });
    });
  }

  private Mono<Long> count(LedgerEntry entry) {
    String campaignId = entry.attribution().campaignId();
    if (campaignId == null) {
      return Mono.just(0L);
    }
    var args = List.of(entry.id(), Long.toString(entry.revision()), entry.counts() ? "1" : "0", Long.toString(entry.units()),
        Long.toString(entry.gmvFen()), entry.channel() + ":" + entry.orderId(), entry.channel() + ":" + entry.buyerKey(),
        entry.productId(), entry.channel().name(), entry.attribution().prefectureCode());
    return redis.execute(CounterScript.APPLY, CounterKeys.of(prefix, campaignId).all(), args).next();
  }

  /** {@code gmv:TAOBAO → 1200, units:TAOBAO → 3} becomes {@code TAOBAO → (1200, 3, …)}; empty rows are dropped. */
  private static Map<String, CampaignCounters.Figures> figures(Map<String, Long> fields) {
    var names = new TreeSet<String>();
    fields.keySet().forEach(field -> names.add(field.substring(field.indexOf(':') + 1)));
    var result = new LinkedHashMap<String, CampaignCounters.Figures>();
    for (String name : names) {
      var row = new CampaignCounters.Figures(fields.getOrDefault("gmv:" + name, 0L), fields.getOrDefault("units:" + name, 0L),
          fields.getOrDefault("orders:" + name, 0L));
      if (row.gmvFen() != 0 || row.units() != 0 || row.orders() != 0) {
        result.put(name, row);
      }
    }
    return result;
  }
}
