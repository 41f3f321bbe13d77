package cn.wanhuo.hub.app.connectors;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Shops, producers and products for sync tests. */
public final class SyncFixtures {

  public static final String HUANGSHAN = "341000";
  public static final String QIMEN = "341024";

  private SyncFixtures() {}

  public static Browserless admin(WebTestClient web) {
    return new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD);
  }

  /** The shop of that name on the platform, connected once per context with a generous QPS. */
  public static Shop shop(Browserless admin, String channel, String name) {
    String appKey = "key-" + channel + "-" + Integer.toHexString(name.hashCode());
    return new Shop(shopId(admin, channel, name, appKey), appKey);
  }

  private static String shopId(Browserless admin, String channel, String name, String appKey) {
    List<Map<String, Object>> shops = admin.get("/api/channels").expectStatus().isOk().expectBodyList(Map.class).returnResult()
        .getResponseBody().stream().map(shop -> (Map<String, Object>) shop).toList();
    return shops.stream().filter(shop -> name.equals(shop.get("shopName"))).map(shop -> shop.get("id").toString()).findFirst()
        .orElseGet(() -> {
          var body = new HashMap<String, Object>(Map.of("channel", channel, "shopName", name, "gateway", "http://127.0.0.1:1/router",
              "appKey", appKey, "appSecret", "secret-" + Browserless.uniqueName(""), "accessToken",
              "token-" + Browserless.uniqueName(""), "qps", 1000));
          return admin.post("/api/channels", body).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
              .get("id").toString();
        });
  }

  /** A producer's published Keemun tea with one SKU of 120 units at ¥128. */
  public static Published publishedTea(WebTestClient web) {
    return publishedTea(web, productId -> {});
  }

  /** The same, with a step between drafting (the id is known) and publishing (the sync starts). */
  public static Published publishedTea(WebTestClient web, Consumer<String> beforePublishing) {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, HUANGSHAN, QIMEN);
    String sku = "SY-" + Browserless.uniqueName("");
    String id = owner.post("/api/products", Map.of("producerId", producer, "content", Fixtures.keemun(sku))).expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    owner.post("/api/products/" + id + "/submit", Map.of()).expectStatus().isOk();
    admin(web).post("/api/reviews/products/" + id + "/approve", Map.of()).expectStatus().isOk();
    beforePublishing.accept(id);
    owner.post("/api/products/" + id + "/publish", Map.of()).expectStatus().isOk();
    return new Published(owner, producer, id, sku);
  }

  /** The product's sync on a shop as the admin's status call shows it, or null before it is planned. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> sync(Browserless admin, String productId, Shop shop) {
    return sync(admin, productId, shop.id());
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> sync(Browserless admin, String productId, String shopId) {
    return admin.get("/api/sync/products/" + productId).expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody()
        .stream().map(entry -> (Map<String, Object>) entry).filter(entry -> shopId.equals(entry.get("accountId"))).findFirst()
        .orElse(null);
  }

  public static String statusOf(Browserless admin, String productId, Shop shop) {
    var sync = sync(admin, productId, shop.id());
    return sync == null ? "UNPLANNED" : sync.get("status").toString();
  }

  /** A connected shop and the app key the fake platform knows it by. */
  public record Shop(String id, String appKey) {}

  /** A published product, its owner and its SKU. */
  public record Published(Browserless owner, String producerId, String productId, String sku) {}
}
