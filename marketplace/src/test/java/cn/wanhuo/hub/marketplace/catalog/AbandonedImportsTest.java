package cn.wanhuo.hub.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.marketplace.catalog.ImportJob.State;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Imports cut off by a restart are marked failed; running and finished ones are left alone. */
class AbandonedImportsTest {

  private static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

  private MongoServer server;
  private MongoClient client;
  private ReactiveMongoTemplate mongo;

  @BeforeEach
  void start() {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort());
    mongo = new ReactiveMongoTemplate(client, "imports-test");
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void failsOnlyUnfinishedImportsWithoutRecentProgress() {
    var abandoned = new AbandonedImports(mongo, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
    var jobs = Flux.just(job("stalled-checking", State.CHECKING, NOW.minusSeconds(600)), job("stalled-writing", State.WRITING, NOW.minusSeconds(301)),
        job("running", State.CHECKING, NOW.minusSeconds(10)), job("done", State.DONE, NOW.minusSeconds(3600)));

    StepVerifier.create(jobs.concatMap(mongo::insert).then(abandoned.markAbandoned())).expectNext(2L).verifyComplete();

    StepVerifier.create(mongo.findById("stalled-checking", ImportJob.class))
        .assertNext(job -> {
          assertThat(job.state()).isEqualTo(State.FAILED);
          assertThat(job.finishedAt()).isEqualTo(NOW);
          assertThat(job.failure()).contains("Upload the file again");
          assertThat(job.checkedRows()).isEqualTo(250);
        })
        .verifyComplete();
    StepVerifier.create(mongo.findById("stalled-writing", ImportJob.class).map(ImportJob::state)).expectNext(State.FAILED).verifyComplete();
    StepVerifier.create(mongo.findById("running", ImportJob.class).map(ImportJob::state)).expectNext(State.CHECKING).verifyComplete();
    StepVerifier.create(mongo.findById("done", ImportJob.class))
        .assertNext(job -> {
          assertThat(job.state()).isEqualTo(State.DONE);
          assertThat(job.failure()).isNull();
        })
        .verifyComplete();
    StepVerifier.create(abandoned.markAbandoned()).expectNext(0L).verifyComplete();
  }

  private static ImportJob job(String id, State state, Instant updatedAt) {
    return new ImportJob(id, "owner", "producer", Category.TEA, "teas.csv", true, state, 1000, 250, 0, 0, 0, List.of(), null,
        updatedAt.minusSeconds(60), updatedAt, state.finished() ? updatedAt : null);
  }
}
