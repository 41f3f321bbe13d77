package cn.wanhuo.hub.connectors.orders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.PlatformOrder.OrderState;
import cn.wanhuo.hub.connectors.platform.PlatformOrderLine;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Storing orders a batch at a time keeps each order once, in its newest state, marked for the ledger when it changed. */
class OrderStoreTest {

  private static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");

  private MongoServer server;
  private MongoClient client;
  private ReactiveMongoTemplate mongo;
  private OrderStore store;

  @BeforeEach
  void start() {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort());
    mongo = new ReactiveMongoTemplate(client, "order-store-test");
    store = new OrderStore(mongo);
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  private static PlatformOrder order(String id, OrderState state, int minutes) {
    return new PlatformOrder(Channel.JD, id, state, T0, T0.plusSeconds(60L * minutes), "buyer",
        List.of(new PlatformOrderLine(id + "-1", "tea:250G", 1, 9800, state == OrderState.REFUNDED)));
  }

  private ImportedOrder stored(String id) {
    return mongo.findById(ImportedOrder.idOf(Channel.JD, id), ImportedOrder.class).block();
  }

  @Test
  void storesNewOrdersOnceAndTheNewestStateOfAnOrderARepeatedPageCarries() {
    var batch = List.of(order("1", OrderState.UNPAID, 0), order("2", OrderState.PAID, 1), order("1", OrderState.PAID, 2),
        order("1", OrderState.UNPAID, 0));

    var added = store.storeAll("shop", batch).block();

    assertThat(added).extracting(ImportedOrder::orderId, ImportedOrder::state)
        .containsExactly(Tuple.tuple("1", OrderState.PAID), Tuple.tuple("2", OrderState.PAID));
    assertThat(mongo.count(new Query(), ImportedOrder.class).block()).isEqualTo(2);
    assertThat(stored("1").state()).isEqualTo(OrderState.PAID);
    assertThat(stored("1").ledgerPending()).isTrue();
  }

  @Test
  void replacesAnOrderOnlyWithANewerStateAndMarksItForTheLedgerAgain() {
    store.storeAll("shop", List.of(order("1", OrderState.PAID, 5), order("2", OrderState.PAID, 5))).block();
    mongo.updateMulti(new Query(), Update.update("ledgerPending", false), ImportedOrder.class).block();

    var added = store.storeAll("shop", List.of(order("1", OrderState.REFUNDED, 9), order("2", OrderState.UNPAID, 1),
        order("2", OrderState.PAID, 5), order("3", OrderState.PAID, 6))).block();

    assertThat(added).extracting(ImportedOrder::orderId).containsExactlyInAnyOrder("1", "3");
    assertThat(stored("1").state()).isEqualTo(OrderState.REFUNDED);
    assertThat(stored("1").ledgerPending()).isTrue();
    assertThat(stored("2").state()).isEqualTo(OrderState.PAID);
    assertThat(stored("2").ledgerPending()).isFalse();
  }

  @Test
  void anOrderAnotherInstanceInsertsMeanwhileSendsTheBatchOrderByOrder() {
    var other = order("1", OrderState.PAID, 3);
    // The other instance's insert lands after this batch has read which orders are known, before it inserts.
    var racing = new ReactiveMongoTemplate(client, "order-store-test") {
      @Override
      public <T> Flux<T> find(Query query, Class<T> entityClass, String collectionName) {
        return super.find(query, entityClass, collectionName).concatWith(store.store("other-shop", other).then(Mono.empty()));
      }
    };

    var added = new OrderStore(racing).storeAll("shop", List.of(order("1", OrderState.PAID, 3),
        order("4", OrderState.PAID, 3))).block();

    assertThat(added).extracting(ImportedOrder::orderId).containsExactly("4");
    assertThat(mongo.count(new Query(), ImportedOrder.class).block()).isEqualTo(2);
    assertThat(stored("1").accountId()).isEqualTo("other-shop");
  }
}
