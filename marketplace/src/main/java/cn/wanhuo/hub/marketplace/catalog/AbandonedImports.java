package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.catalog.ImportJob.State;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An import runs inside the instance that received the file; if that instance stops (deploy, crash), its job would
 * stay "checking" forever. Unfinished jobs that made no progress for {@code wanhuo.imports.abandoned-after} are
 * marked failed, with the advice to upload again: re-uploading updates by SKU code, so nothing is duplicated.
 * The update is one conditional multi-document write, so running it on every instance at once is harmless.
 */
@Component
class AbandonedImports {

  private static final Logger log = LoggerFactory.getLogger(AbandonedImports.class);

  private final ReactiveMongoTemplate mongo;
  private final Duration abandonedAfter;
  private final Clock clock;

  @Autowired
  AbandonedImports(ReactiveMongoTemplate mongo, @Value("${wanhuo.imports.abandoned-after:5m}") Duration abandonedAfter) {
    this(mongo, abandonedAfter, Clock.systemUTC());
  }

  AbandonedImports(ReactiveMongoTemplate mongo, Duration abandonedAfter, Clock clock) {
    this.mongo = mongo;
    this.abandonedAfter = abandonedAfter;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${wanhuo.imports.abandoned-check:60s}", initialDelayString = "${wanhuo.imports.abandoned-check:60s}")
  void markAbandonedAsFailed() {
    markAbandoned().subscribe(
        count -> { if (count > 0) log.warn("Marked {} abandoned product import(s) as failed", count); },
        e -> log.warn("Could not check for abandoned imports: {}", e.toString()));
  }

  /** Marks every unfinished import without recent progress as failed and answers how many it marked. */
  Mono<Long> markAbandoned() {
    var now = clock.instant();
    var stalled = Query.query(Criteria.where("state").in(List.of(State.CHECKING.name(), State.WRITING.name()))
        .and("updatedAt").lt(now.minus(abandonedAfter)));
    var failed = new Update().set("state", State.FAILED.name()).set("finishedAt", now).set("updatedAt", now)
        .set("failure", "The hub restarted while this import was running. Upload the file again: rows already written are "
            + "updated by SKU code, not duplicated.");
    return mongo.updateMulti(stalled, failed, ImportJob.class).map(result -> result.getModifiedCount());
  }
}
