package cn.wanhuo.hub.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.simulators.PlatformSimulator;
import cn.wanhuo.hub.connectors.simulators.PlatformSimulators;
import cn.wanhuo.hub.connectors.simulators.SimulatedItem;
import cn.wanhuo.hub.connectors.simulators.SimulatedOrder;
import cn.wanhuo.hub.connectors.simulators.SimulatorSettings;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Two hubs (separate processes from the packaged jar) share one MongoDB, Redis and Elasticsearch. One is killed with
 * SIGKILL while it pushes listings, later another while it imports orders: the survivor finishes both, with nothing
 * lost and nothing twice (no duplicate item on any platform, every order line counted once in the sales ledger).
 *
 * <p>Runs in the {@code integration-test} phase (maven-failsafe), after the jar is packaged; the jar's path comes in
 * the {@code wanhuo.hub.jar} system property.
 */
class TwoInstancesIT {

  /** Slow enough that pushing the seeded catalogue to a platform takes tens of seconds, so a kill lands mid-sync. */
  private static final int QPS = 5;
  private static final int ORDERS_PER_PLATFORM = 600;
  private static final String ADMIN_PASSWORD = "two-instances-admin-1";
  private static final Duration STARTUP = Duration.ofSeconds(150);
  private static final Duration FINISH = Duration.ofSeconds(150);

  private static final Path JAR = Path.of(System.getProperty("wanhuo.hub.jar", "target/wanhuo-hub.jar"));
  private static final Path LOGS = Path.of(System.getProperty("wanhuo.hub.logs", "target/instances"));
  private static final String INDEX_PREFIX = "it-instances-" + UUID.randomUUID().toString().substring(0, 8);

  private static MongoServer mongoServer;
  private static MongoClient mongoClient;
  private static MongoDatabase mongo;
  private static PlatformSimulators simulators;
  private static final List<HubInstance> instances = new ArrayList<>();
  private static final Map<Channel, String> shops = new EnumMap<>(Channel.class);

  @BeforeAll
  static void startSharedServices() {
    mongoServer = new MongoServer(new MemoryBackend());
    InetSocketAddress address = mongoServer.bind();
    mongoClient = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    mongo = mongoClient.getDatabase("wanhuo");
    simulators = new PlatformSimulators(SimulatorSettings.forTests(QPS, 61)).start();
  }

  @AfterAll
  static void stopEverything() {
    instances.forEach(HubInstance::close);
    if (simulators != null) {
      simulators.close();
    }
    if (mongoClient != null) {
      mongoClient.close();
    }
    if (mongoServer != null) {
      mongoServer.shutdownNow();
    }
  }

  @Test
  void theSurvivorFinishesTheListingSyncAndTheOrderImportOfAKilledInstance() {
    try {
      assertThat(JAR).as("the packaged hub (mvn package first)").isRegularFile();
      // B polls orders less often than the others, so the instance killed mid-import is the one importing.
      HubInstance a = start("a", true, Duration.ofSeconds(5));
      HubInstance b = start("b", false, Duration.ofSeconds(15));
      survivorFinishesTheSync(a, b);
      HubInstance c = start("c", false, Duration.ofSeconds(2));
      survivorFinishesTheImport(c, b);
    } catch (AssertionError | RuntimeException e) {
      printLogTails();
      throw e;
    }
  }

  private void survivorFinishesTheSync(HubInstance a, HubInstance b) {
    HubClient adminOnA = new HubClient(a.baseUri()).login("admin", ADMIN_PASSWORD);
    HubClient adminOnB = new HubClient(b.baseUri()).login("admin", ADMIN_PASSWORD);
    PlatformSimulators.PLATFORMS.forEach(channel -> shops.put(channel, connect(adminOnA, channel)));
    long published = publishedProducts().size();
    assertThat(published).as("the demo seed published products").isGreaterThan(20);

    // Planning (on A, as it connected the shops) is done, and pushing well under way: A dies holding leases. Planning
    // itself is not what this test kills; the sweep re-plans what a dead planner left out.
    long listings = published * PlatformSimulators.PLATFORMS.size();
    Awaitility.await("A and B pushing listings").atMost(FINISH).pollInterval(Duration.ofMillis(200))
        .until(() -> count("listing_sync", new Document()) == listings
            && count("listing_sync", new Document("status", "SYNCED")) >= published / 2);
    a.kill();

    long pendingAtKill = pendingListings(adminOnB);
    assertThat(pendingAtKill).as("listings still pending when A died").isPositive();

    Awaitility.await("B finishes the sync").atMost(FINISH).pollInterval(Duration.ofSeconds(1))
        .untilAsserted(TwoInstancesIT::everyPublishedProductListedOnce);
    assertThat(count("listing_sync", new Document("status", new Document("$ne", "SYNCED")))).isZero();
    assertThat(pendingListings(adminOnB)).isZero();
  }

  private void survivorFinishesTheImport(HubInstance c, HubInstance b) {
    // Within the import's overlap (5 minutes), so rounds that already ran still read them.
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    PlatformSimulators.PLATFORMS.forEach(channel -> simulators.simulator(channel)
        .addOrders(ORDERS_PER_PLATFORM, now.minus(Duration.ofMinutes(4)), now.minusSeconds(20)));
    long total = (long) ORDERS_PER_PLATFORM * PlatformSimulators.PLATFORMS.size();

    Awaitility.await("C importing orders").atMost(FINISH).pollInterval(Duration.ofMillis(100))
        .until(() -> count("platform_orders", new Document()) >= total / 8);
    c.kill();
    long storedAtKill = count("platform_orders", new Document());
    long ledgerPendingAtKill = count("platform_orders", new Document("ledgerPending", true));
    assertThat(storedAtKill).as("orders stored when C died (of %d)", total).isLessThan(total);

    Awaitility.await("B finishes the import (stored at the kill: " + storedAtKill + ", not in the ledger: "
            + ledgerPendingAtKill + ")").atMost(FINISH).pollInterval(Duration.ofSeconds(1))
        .untilAsserted(TwoInstancesIT::everyOrderCountedOnce);
    assertThat(b.isAlive()).isTrue();
  }

  private HubInstance start(String name, boolean seed, Duration orderPoll) {
    Map<String, String> environment = new HashMap<>(Map.ofEntries(
        Map.entry("HUB_EMBEDDED_MONGO", "false"),
        Map.entry("MONGODB_URI", "mongodb://127.0.0.1:" + mongoServer.getLocalAddress().getPort() + "/wanhuo"),
        Map.entry("REDIS_URL", System.getenv().getOrDefault("WANHUO_TEST_REDIS_URL", "redis://127.0.0.1:16379")),
        Map.entry("ELASTICSEARCH_URIS", System.getenv().getOrDefault("WANHUO_TEST_ES_URIS", "http://127.0.0.1:19200")),
        Map.entry("WANHUO_INDEX_PREFIX", INDEX_PREFIX),
        Map.entry("HUB_DATA_DIR", LOGS.resolve(name + "-data").toAbsolutePath().toString()),
        Map.entry("WANHUO_ADMIN_PASSWORD", ADMIN_PASSWORD),
        Map.entry("WANHUO_SEED", Boolean.toString(seed)),
        Map.entry("WANHUO_SIMULATORS_ENABLED", "false"),
        Map.entry("WANHUO_SECURITY_LOGIN_ATTEMPTS_PER_USER", "1000"),
        // Short leases and backoffs: a dead instance's claims and shop locks are taken over within seconds. A lease
        // must still outlast one push including its waits for the rate limit (up to eight workers on one app key at
        // 5 calls a second): shorter, and a live instance's push overlaps another's take-over (a duplicate item).
        Map.entry("WANHUO_SYNC_LEASE", "15s"),
        Map.entry("WANHUO_SYNC_POLL", "1s"),
        Map.entry("WANHUO_SYNC_BACKOFF_BASE", "500ms"),
        Map.entry("WANHUO_SYNC_BACKOFF_MAX", "3s"),
        Map.entry("WANHUO_SYNC_SWEEP_INTERVAL", "20s"),
        Map.entry("WANHUO_CONNECTORS_ORDERS_LEASE", "20s"),
        Map.entry("WANHUO_CONNECTORS_ORDERS_POLL", orderPoll.toMillis() + "ms"),
        // One-minute pieces: an import round is several steps, each stored before the cursor moves.
        Map.entry("WANHUO_CONNECTORS_ORDERS_PIECE", "1m"),
        // A new shop's first round reads back this far in those pieces (a day would be 1,440 calls per shop).
        Map.entry("WANHUO_CONNECTORS_ORDERS_INITIAL_LOOKBACK", "10m"),
        Map.entry("WANHUO_CONNECTORS_HTTP_RESPONSE_TIMEOUT", "5s")));
    HubInstance instance = HubInstance.start(name, JAR, LOGS, environment);
    instances.add(instance);
    return instance.awaitReady(STARTUP);
  }

  private static String connect(HubClient admin, Channel channel) {
    ShopCredentials shop = simulators.demoShop(channel);
    var answer = admin.post("/api/channels", Map.of("channel", channel.name(), "shopName", "两实例店 " + channel,
        "gateway", shop.gateway().toString(), "appKey", shop.appKey(), "appSecret", shop.appSecret(),
        "accessToken", shop.accessToken(), "qps", QPS));
    assertThat(answer.status()).as("connecting %s: %s", channel, answer.body()).isEqualTo(201);
    return answer.json().get("id").asString();
  }

  /** Pending listings on every platform, as B's live counters tell an operator. */
  private static long pendingListings(HubClient admin) {
    var answer = admin.get("/api/sync/counters");
    assertThat(answer.status()).as("counters: %s", answer.body()).isEqualTo(200);
    long pending = 0;
    for (var counters : answer.json()) {
      pending += counters.get("pending").asLong();
    }
    return pending;
  }

  private static void everyPublishedProductListedOnce() {
    Set<String> published = publishedProducts();
    for (Channel channel : PlatformSimulators.PLATFORMS) {
      PlatformSimulator simulator = simulators.simulator(channel);
      Set<String> onSale = simulator.items().stream().filter(SimulatedItem::onSale).map(SimulatedItem::outerId)
          .collect(Collectors.toSet());
      assertThat(onSale).as(() -> "on sale on " + channel + "; its listings by status: " + listingsByStatus(channel))
          .containsExactlyInAnyOrderElementsOf(published);
      assertThat(simulator.duplicateItems()).as("duplicate items on %s", channel).isZero();
      assertThat(count("listing_sync", new Document("accountId", shops.get(channel)).append("status", "SYNCED")))
          .as("synced listings of %s", channel).isEqualTo(published.size());
    }
  }

  /**
   * Every simulated order stored (one document per order by construction), none waiting for the ledger, and the
   * ledger's counted amounts and units per channel exactly the platforms' (one line more or less would show).
   */
  private static void everyOrderCountedOnce() {
    assertThat(count("platform_orders", new Document("ledgerPending", true)))
        .as("orders not yet in the ledger").isZero();
    for (Channel channel : PlatformSimulators.PLATFORMS) {
      List<SimulatedOrder> orders = simulators.simulator(channel).orders();
      // Pinduoduo's increment list leaves cancelled orders out, so "every order" is every one not cancelled.
      Set<String> standing = orders.stream().filter(order -> order.status() != SimulatedOrder.Status.CANCELLED)
          .map(SimulatedOrder::orderId).collect(Collectors.toSet());
      assertThat(storedOrderIds(channel)).as("orders stored for %s", channel).containsAll(standing);
      long fen = orders.stream().mapToLong(SimulatedOrder::countedFen).sum();
      long units = orders.stream().filter(order -> order.status().counted())
          .flatMap(order -> order.lines().stream()).filter(line -> !line.refunded())
          .mapToLong(SimulatedOrder.Line::quantity).sum();
      Set<String> ours = orders.stream().map(SimulatedOrder::orderId).collect(Collectors.toSet());
      assertThat(ledgerTotals(channel, ours)).as("ledger of %s: fen and units", channel).containsExactly(fen, units);
      assertThat(fen).as("%s sold something", channel).isPositive();
    }
  }

  /** Counted fen and units of the simulator's orders (the demo seed may record sales of its own). */
  private static List<Long> ledgerTotals(Channel channel, Set<String> ours) {
    List<Document> lines = Flux.from(mongo.getCollection("sales_ledger")
            .find(new Document("state", "COUNTED").append("channel", channel.name())))
        .filter(line -> ours.contains(line.getString("orderId")))
        .collectList().block(Duration.ofSeconds(30));
    long fen = lines.stream().mapToLong(line -> ((Number) line.get("amountFen")).longValue()).sum();
    long units = lines.stream().mapToLong(line -> ((Number) line.get("quantity")).longValue()).sum();
    return List.of(fen, units);
  }

  private static List<String> storedOrderIds(Channel channel) {
    return Flux.from(mongo.getCollection("platform_orders").find(new Document("accountId", shops.get(channel))))
        .map(order -> order.getString("orderId")).collectList().block(Duration.ofSeconds(30));
  }

  /** The shop's listings counted by status, with a few of the errors: what an operator would look at. */
  private static String listingsByStatus(Channel channel) {
    return Flux.from(mongo.getCollection("listing_sync").find(new Document("accountId", shops.get(channel))))
        .collect(Collectors.groupingBy(sync -> sync.getString("status") + " " + sync.get("lastError"),
            Collectors.counting()))
        .block(Duration.ofSeconds(30)).toString();
  }

  private static Set<String> publishedProducts() {
    return Flux.from(mongo.getCollection("products").find(new Document("status", "PUBLISHED"))
            .projection(new Document("_id", 1)))
        .map(product -> product.get("_id").toString()).collect(Collectors.toSet()).block(Duration.ofSeconds(30));
  }

  private static long count(String collection, Document filter) {
    return Mono.from(mongo.getCollection(collection).countDocuments(filter)).block(Duration.ofSeconds(30));
  }

  private static void printLogTails() {
    for (HubInstance instance : instances) {
      try {
        List<String> lines = Files.readAllLines(instance.log());
        System.err.printf("----- last lines of hub %s (%s) -----%n", instance.name(), instance.log());
        lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.err::println);
      } catch (IOException e) {
        System.err.println("No log of hub " + instance.name() + ": " + e);
      }
    }
  }
}
