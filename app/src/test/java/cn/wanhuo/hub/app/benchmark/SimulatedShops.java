package cn.wanhuo.hub.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.simulators.PlatformSimulator;
import cn.wanhuo.hub.connectors.simulators.PlatformSimulators;
import cn.wanhuo.hub.connectors.simulators.SimulatedItem;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * One demo shop per platform simulator, connected through the API as an admin would (as PlatformsFlowTest does), and
 * the checks that what was pushed arrived once: blocking helpers for a benchmark's test thread.
 */
final class SimulatedShops {

  private static final Duration QUERY = Duration.ofSeconds(60);

  private final PlatformSimulators simulators;
  private final ReactiveMongoTemplate mongo;
  private final Map<Channel, String> shops = new EnumMap<>(Channel.class);

  SimulatedShops(PlatformSimulators simulators, ReactiveMongoTemplate mongo) {
    this.simulators = simulators;
    this.mongo = mongo;
  }

  /**
   * Connects a shop of this benchmark's own app (so its rate limit is its own, whatever else runs against the same
   * Redis) with this QPS; connecting plans every published product for it.
   */
  void connect(Browserless admin, Channel channel, String app, int qps) {
    ShopCredentials demo = simulators.demoShop(channel);
    String appKey = app + "-" + channel.name().toLowerCase(Locale.ROOT);
    String secret = "secret-" + appKey;
    String token = "token-" + appKey;
    simulators.simulator(channel).registerApp(appKey, secret, token);
    var body = new HashMap<String, Object>(Map.of("channel", channel.name(), "shopName", "压测店 " + app + " " + channel,
        "gateway", demo.gateway().toString(), "appKey", appKey, "appSecret", secret, "accessToken", token, "qps", qps));
    shops.put(channel, admin.post("/api/channels", body).expectStatus().isCreated().expectBody(Map.class).returnResult()
        .getResponseBody().get("id").toString());
  }

  /** Listings of the connected shops in this sync status. */
  long listings(String status) {
    var filter = new Document("status", status).append("accountId", new Document("$in", shops.values().stream().toList()));
    return mongo.getCollection("listing_sync").flatMap(syncs -> Mono.from(syncs.countDocuments(filter))).block(QUERY);
  }

  Set<String> publishedProductIds() {
    return mongo.getCollection("products")
        .flatMapMany(products -> products.find(new Document("status", "PUBLISHED")).projection(new Document("_id", 1)))
        .map(product -> product.get("_id").toString()).collect(Collectors.toSet()).block(QUERY);
  }

  /** Every published product on sale on every platform, each exactly once: 0 lost, 0 duplicate items. */
  void assertEveryProductListedOnce() {
    Set<String> published = publishedProductIds();
    for (Channel channel : PlatformSimulators.PLATFORMS) {
      PlatformSimulator simulator = simulators.simulator(channel);
      Set<String> onSale = simulator.items().stream().filter(SimulatedItem::onSale).map(SimulatedItem::outerId)
          .collect(Collectors.toSet());
      assertThat(onSale).as("products on sale on %s", channel).containsExactlyInAnyOrderElementsOf(published);
      assertThat(simulator.duplicateItems()).as("duplicate items on %s", channel).isZero();
      assertThat(simulator.itemCount()).as("items on %s", channel).isEqualTo(published.size());
    }
  }
}
