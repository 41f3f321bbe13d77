package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The sales ledger: records order lines as channels report them, once per line. A line seen again with the same or an
 * older {@code modifiedAt} changes nothing; a later one (refund, cancellation, a corrected amount) replaces its state,
 * quantity and amount, keeping the attribution decided when it was first recorded. Every change is marked pending in
 * the same write and counted into Redis at once; {@link CounterSweep} counts what a crash or an outage left pending.
 */
@Service
public class SalesLedger {

  private static final Logger log = LoggerFactory.getLogger(SalesLedger.class);
  private static final int CONCURRENCY = 8;
  private static final int CHUNK = 1_000;

  private final ReactiveMongoTemplate mongo;
  private final Attributing attributing;
  private final SalesCounters counters;
  private final Clock clock = Clock.systemUTC();

  SalesLedger(ReactiveMongoTemplate mongo, Attributing attributing, SalesCounters counters) {
    this.mongo = mongo;
    this.attributing = attributing;
    this.counters = counters;
  }

  /** Records the line and answers its ledger entry as written; fails with {@link InvalidSaleLine} for a bad line. */
  public Mono<LedgerEntry> record(SaleLine line) {
    var problems = line.problems();
    if (!problems.isEmpty()) {
      return Mono.error(new InvalidSaleLine(problems));
    }
    return mongo.findById(line.key(), LedgerEntry.class)
        .flatMap(existing -> changed(existing, line))
        .switchIfEmpty(Mono.defer(() -> first(line)))
        .flatMap(this::countNow);
  }

  /**
   * Records every line, as {@link #record} would one by one, with fewer round trips: the batch's known lines are read
   * in one query, each product and SKU is looked up once, new lines are inserted together and their pending marks
   * cleared together. A batch may repeat or reorder lines; the newest report of each wins. Any bad line fails the
   * batch before anything is written.
   */
  public Mono<Void> recordAll(List<SaleLine> lines) {
    var problems = new ArrayList<FieldProblem>();
    for (int i = 0; i < lines.size(); i++) {
      for (var problem : lines.get(i).problems()) {
        problems.add(new FieldProblem("lines[" + i + "]." + problem.field(), problem.message()));
      }
    }
    if (!problems.isEmpty()) {
      return Mono.error(new InvalidSaleLine(problems));
    }
    var newest = new LinkedHashMap<String, SaleLine>();
    lines.forEach(line -> newest.merge(line.key(), line, (a, b) -> b.modifiedAt().isAfter(a.modifiedAt()) ? b : a));
    return Flux.fromIterable(newest.values()).buffer(CHUNK).concatMap(this::recordChunk).then();
  }

  private Mono<Void> recordChunk(List<SaleLine> lines) {
    var keys = lines.stream().map(SaleLine::key).toList();
    return mongo.find(Query.query(Criteria.where("_id").in(keys)), LedgerEntry.class).collectMap(LedgerEntry::id).flatMap(known -> {
      var fresh = lines.stream().filter(line -> !known.containsKey(line.key())).toList();
      var seen = lines.stream().filter(line -> known.containsKey(line.key())).toList();
      return insertAll(fresh)
          .then(Flux.fromIterable(seen).flatMap(line -> changed(known.get(line.key()), line).flatMap(this::countNow), CONCURRENCY).then());
    });
  }

  /** Inserts new lines together; if another instance inserted one meanwhile, records them one by one instead. */
  private Mono<Void> insertAll(List<SaleLine> fresh) {
    if (fresh.isEmpty()) {
      return Mono.empty();
    }
    var batch = attributing.batch(fresh);
    var now = clock.instant();
    return Flux.fromIterable(fresh).flatMapSequential(line -> batch.attribute(line).map(a -> LedgerEntry.first(line, a, now)), CONCURRENCY)
        .collectList()
        .flatMap(entries -> mongo.insertAll(entries).collectList())
        .flatMap(this::countAllNow)
        .onErrorResume(DataIntegrityViolationException.class, raced -> Flux.fromIterable(fresh).flatMap(this::record, CONCURRENCY).then());
  }

  private Mono<Void> countAllNow(List<LedgerEntry> entries) {
    return counters.applyAll(entries).onErrorResume(e -> {
      log.warn("Sales counters not updated for {} lines, the sweep will retry: {}", entries.size(), e.toString());
      return Mono.empty();
    });
  }

  private Mono<LedgerEntry> first(SaleLine line) {
    return attributing.attribute(line)
        .flatMap(attribution -> mongo.insert(LedgerEntry.first(line, attribution, clock.instant())))
        .onErrorResume(DuplicateKeyException.class, raced -> mongo.findById(line.key(), LedgerEntry.class)
            .flatMap(existing -> changed(existing, line)));
  }

  /** Applies a later report of the line; an older or equal one leaves the entry as it is. */
  private Mono<LedgerEntry> changed(LedgerEntry existing, SaleLine line) {
    if (!line.modifiedAt().isAfter(existing.modifiedAt())) {
      return Mono.just(existing);
    }
    var newer = Query.query(Criteria.where("_id").is(existing.id()).and("modifiedAt").lt(line.modifiedAt()));
    var update = new Update().set("state", line.state()).set("modifiedAt", line.modifiedAt()).set("quantity", line.quantity())
        .set("amountFen", line.amountFen()).set("pending", true).inc("revision", 1);
    return mongo.findAndModify(newer, update, FindAndModifyOptions.options().returnNew(true), LedgerEntry.class)
        .switchIfEmpty(Mono.defer(() -> mongo.findById(existing.id(), LedgerEntry.class)));
  }

  /** Counts a pending entry now; if Redis is away the mark stays and the sweep counts it later. */
  private Mono<LedgerEntry> countNow(LedgerEntry entry) {
    if (!entry.pending()) {
      return Mono.just(entry);
    }
    return counters.apply(entry)
        .onErrorResume(e -> {
          log.warn("Sales counters not updated for {}, the sweep will retry: {}", entry.id(), e.toString());
          return Mono.empty();
        })
        .thenReturn(entry);
  }
}
