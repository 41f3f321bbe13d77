package cn.wanhuo.hub.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Queries answered from an index's documents give exactly what a scan gives: the whole query still decides. */
class NarrowingMemoryBackendTest {

  private MongoServer server;
  private MongoClient client;
  private ReactiveMongoTemplate mongo;

  @BeforeEach
  void start() {
    server = new MongoServer(new NarrowingMemoryBackend());
    client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort());
    mongo = new ReactiveMongoTemplate(client, "narrowing-test");
    Flux.range(0, 50).map(n -> new Document("_id", "o" + n).append("version", n % 3).append("pending", n % 2 == 0)
        .append("campaign", "c" + n % 5).append("sku", "s" + n / 5).append("n", n))
        .concatMap(document -> mongo.insert(document, "orders")).blockLast();
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void anUpdateAtAVersionChangesTheDocumentOnlyAtThatVersion() {
    var stale = mongo.updateFirst(Query.query(Criteria.where("_id").is("o4").and("version").is(2)),
        Update.update("cleared", true), "orders").block();
    var current = mongo.updateFirst(Query.query(Criteria.where("_id").is("o4").and("version").is(1)),
        Update.update("cleared", true), "orders").block();

    assertThat(stale.getModifiedCount()).isZero();
    assertThat(current.getModifiedCount()).isEqualTo(1);
    assertThat(ids(Query.query(Criteria.where("cleared").is(true)))).containsExactly("o4");
  }

  @Test
  void anUpdateOfAListOfIdsAtARevisionChangesOnlyThoseStillAtIt() {
    var result = mongo.updateMulti(Query.query(Criteria.where("_id").in("o0", "o1", "o2", "o3", "o99").and("version").is(0)),
        Update.update("applied", true), "orders").block();

    assertThat(result.getModifiedCount()).isEqualTo(2);
    assertThat(ids(Query.query(Criteria.where("applied").is(true)))).containsExactlyInAnyOrder("o0", "o3");
  }

  @Test
  void aFindByIdsKeepsItsOtherConditionsSortAndLimit() {
    var query = Query.query(Criteria.where("_id").in("o1", "o2", "o4", "o6", "o7", "o8").and("pending").is(true))
        .with(Sort.by(Sort.Direction.DESC, "n")).limit(2);

    assertThat(ids(query)).containsExactly("o8", "o6");
  }

  @Test
  void aCompoundUniqueIndexAnswersAQueryThatPinsBothItsKeys() {
    mongo.indexOps("orders").createIndex(new Index().on("campaign", Sort.Direction.ASC).on("sku", Sort.Direction.ASC)
        .unique()).block();

    assertThat(ids(Query.query(Criteria.where("campaign").is("c2").and("sku").is("s3").and("pending").is(false))))
        .containsExactly("o17");
    assertThat(ids(Query.query(Criteria.where("campaign").is("c2").and("sku").is("s3").and("pending").is(true))))
        .isEmpty();
  }

  @Test
  void aRangeOnTheIdStillScans() {
    assertThat(ids(Query.query(Criteria.where("_id").gt("o45").and("version").is(0)))).containsExactlyInAnyOrder("o48", "o6", "o9");
  }

  @Test
  void aNonUniqueIndexAnswersAsAScanWouldThroughUpdatesAndDeletes() {
    mongo.indexOps("orders").createIndex(new Index().on("campaign", Sort.Direction.ASC).on("sku", Sort.Direction.ASC)).block();
    mongo.updateMulti(Query.query(Criteria.where("campaign").is("c1").and("n").lt(20)), Update.update("campaign", "c2"), "orders").block();
    mongo.remove(Query.query(Criteria.where("_id").in("o2", "o7")), "orders").block();
    mongo.insert(new Document("_id", "new").append("campaign", "c2").append("sku", "s1").append("pending", true).append("n", 99), "orders").block();

    // c2 now: its own o2, o7 (both removed), o12, o17, … plus c1's o1, o6, o11, o16, and the new one.
    assertThat(ids(Query.query(Criteria.where("campaign").is("c2").and("sku").is("s1"))))
        .containsExactlyInAnyOrder("o6", "new");
    assertThat(ids(Query.query(Criteria.where("campaign").is("c2").and("n").lt(20))))
        .containsExactly("o1", "o6", "o11", "o12", "o16", "o17");
    assertThat(ids(Query.query(Criteria.where("campaign").in("c1", "c4").and("sku").in("s4", "s5", "s9"))))
        .containsExactly("o21", "o24", "o26", "o29", "o46", "o49");
    assertThat(ids(Query.query(Criteria.where("campaign").is("c1")))).containsExactly("o21", "o26", "o31", "o36", "o41", "o46");
  }

  @Test
  void anAggregationStartingWithAMatchOnAnIndexSumsWhatAScanSums() {
    var pendingByCampaign = Aggregation.newAggregation(
        Aggregation.match(Criteria.where("campaign").in("c1", "c3").and("pending").is(true)),
        Aggregation.group("campaign").sum("n").as("total"));
    var scanned = totals(pendingByCampaign);
    mongo.indexOps("orders").createIndex(new Index().on("campaign", Sort.Direction.ASC)).block();
    var indexed = totals(pendingByCampaign);
    mongo.updateFirst(Query.query(Criteria.where("_id").is("o3")), Update.update("pending", true), "orders").block();

    // Pending are the even n: c1 has 6, 16, … 46 and c3 8, 18, … 48; o3 (c3) counts once it is pending.
    assertThat(scanned).containsExactlyInAnyOrderEntriesOf(Map.of("c1", 130, "c3", 140));
    assertThat(indexed).isEqualTo(scanned);
    assertThat(totals(pendingByCampaign)).containsExactlyInAnyOrderEntriesOf(Map.of("c1", 130, "c3", 143));
  }

  @Test
  void aSortedQueryWithALimitWalksTheIndexAndAnswersAsAScanWould() {
    var firstDue = Query.query(Criteria.where("pending").is(true).and("n").lte(40).and("campaign").in("c1", "c2", "c3"))
        .with(Sort.by(Sort.Direction.DESC, "n")).limit(3);
    var scanned = ids(firstDue);
    StepVerifier.create(mongo.indexOps("orders").createIndex(new Index().on("pending", Sort.Direction.ASC).on("n", Sort.Direction.ASC)))
        .expectNextCount(1).verifyComplete();
    var indexed = ids(firstDue);

    // Pending are the even n; of c1, c2, c3 up to 40: 38 (c3), 36 (c1), 32 (c2) are the largest.
    assertThat(scanned).containsExactly("o38", "o36", "o32");
    assertThat(indexed).isEqualTo(scanned);
    // Claim the first due one after another, as the listing workers do: each takes the next in order.
    StepVerifier.create(Flux.range(0, 3).concatMap(claim -> mongo.findAndModify(
                Query.query(Criteria.where("pending").is(true).and("campaign").in("c1", "c3")).with(Sort.by("n")),
                Update.update("pending", false), Document.class, "orders"))
            .map(document -> document.getString("_id")))
        .expectNext("o6", "o8", "o16").verifyComplete();
    assertThat(ids(Query.query(Criteria.where("pending").is(true).and("campaign").in("c1", "c3")).with(Sort.by("n")).limit(1)))
        .containsExactly("o18");
  }

  private Map<String, Integer> totals(Aggregation aggregation) {
    return mongo.aggregate(aggregation, "orders", Document.class)
        .collectMap(row -> row.getString("_id"), row -> ((Number) row.get("total")).intValue()).block();
  }

  private List<String> ids(Query query) {
    return mongo.find(query, Document.class, "orders").map(document -> document.getString("_id")).collectList().block();
  }
}
