package cn.wanhuo.hub.app.benchmark;

import com.mongodb.client.model.InsertManyOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The baseline of the import benchmark: documents already in the database inserted again, as a bulk loader would,
 * into another collection of the same MongoDB. Reading them is not timed: they are read a chunk at a time into memory,
 * then only the unordered {@code insertMany} batches of each chunk are.
 */
final class RawInsert {

  private static final int CHUNK = 50_000;
  private static final int BATCH = 1_000;
  private static final Duration WAIT = Duration.ofMinutes(30);

  private final ReactiveMongoTemplate mongo;

  RawInsert(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** What a copy inserted and how long its inserts took. */
  record Copied(String source, long documents, Duration inserting) {

    double perSecond() {
      return documents / (inserting.toNanos() / 1e9);
    }
  }

  /** Copies the source's documents matching the filter into the (new) target; answers the inserting time alone. */
  Copied copy(String source, Document filter, String target) {
    var documents = mongo.getCollection(source).flatMapMany(c -> c.find(filter).batchSize(BATCH)).toIterable(BATCH).iterator();
    long count = 0;
    long nanos = 0;
    while (documents.hasNext()) {
      List<Document> chunk = new ArrayList<>(CHUNK);
      while (documents.hasNext() && chunk.size() < CHUNK) {
        chunk.add(documents.next());
      }
      long started = System.nanoTime();
      Flux.fromIterable(chunk).buffer(BATCH)
          .concatMap(batch -> mongo.getCollection(target)
              .flatMap(collection -> Mono.from(collection.insertMany(batch, new InsertManyOptions().ordered(false)))))
          .blockLast(WAIT);
      nanos += System.nanoTime() - started;
      count += chunk.size();
    }
    return new Copied(source, count, Duration.ofNanos(nanos));
  }

  void drop(String collection) {
    mongo.dropCollection(collection).block(WAIT);
  }
}
