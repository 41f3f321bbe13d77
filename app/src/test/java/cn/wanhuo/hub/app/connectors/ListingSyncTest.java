package cn.wanhuo.hub.app.connectors;

import static cn.wanhuo.hub.app.connectors.SyncFixtures.admin;
import static cn.wanhuo.hub.app.connectors.SyncFixtures.publishedTea;
import static cn.wanhuo.hub.app.connectors.SyncFixtures.shop;
import static cn.wanhuo.hub.app.connectors.SyncFixtures.statusOf;
import static cn.wanhuo.hub.app.connectors.SyncFixtures.sync;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.sync.Lease;
import cn.wanhuo.hub.connectors.sync.ListingSync;
import cn.wanhuo.hub.connectors.sync.SyncStatus;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The sync against fake platforms: published products reach every shop once, lost answers never duplicate an item,
 * failures are retried, paused or queued as their kind says, an instance that stops mid-push is taken over, and a
 * slow platform holds up no other shop.
 */
@SyncTest
class ListingSyncTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired WebTestClient web;
  @Autowired FakePlatforms platforms;
  @Autowired ReactiveMongoTemplate mongo;

  @Test
  void pushesAPublishedProductAndRecordsThePlatformsIds() {
    var admin = admin(web);
    var shop = shop(admin, "TAOBAO", "淘宝测试店");
    var tea = publishedTea(web);
    var taobao = platforms.on(Channel.TAOBAO).shop(shop.appKey());

    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    var item = taobao.item(tea.productId()).orElseThrow();
    assertThat(item.onSale()).isTrue();
    assertThat(item.listing().title()).isEqualTo("祁门红茶 特级");
    assertThat(item.listing().categoryId()).isEqualTo("50050001");
    assertThat(item.listing().properties()).containsEntry("20000", "安徽").containsValue("祁门红茶");
    assertThat(item.offers()).singleElement().satisfies(offer -> {
      assertThat(offer.outerSkuId()).isEqualTo(tea.productId() + ":" + tea.sku());
      assertThat(offer.priceFen()).isEqualTo(12800);
      assertThat(offer.stock()).isEqualTo(120);
    });
    assertThat(sync(admin, tea.productId(), shop)).containsEntry("itemId", item.itemId()).containsEntry("onSale", true);
    assertThat(taobao.count(tea.productId(), "publish")).isEqualTo(1);
  }

  @Test
  void createsOnceWhenTheFirstCreatesAnswerIsLost() {
    var admin = admin(web);
    var shop = shop(admin, "TAOBAO", "淘宝测试店");
    var taobao = platforms.on(Channel.TAOBAO).shop(shop.appKey());
    var tea = publishedTeaFailing(taobao, "publish", Failure.RETRYABLE, true);

    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    assertThat(taobao.count(tea.productId(), "publish")).isEqualTo(1);
    assertThat(taobao.count(tea.productId(), "findByOuterId")).isEqualTo(2);
    assertThat(sync(admin, tea.productId(), shop).get("itemId")).isEqualTo(taobao.item(tea.productId()).orElseThrow().itemId());
  }

  @Test
  void backsOffAfterRetryableFailuresForAtLeastAsLongAsThePlatformAsks() {
    var admin = admin(web);
    var shop = shop(admin, "TAOBAO", "淘宝测试店");
    var taobao = platforms.on(Channel.TAOBAO).shop(shop.appKey());
    var tea = publishedTeaFailing(taobao, "findByOuterId", Failure.RETRYABLE, false);

    Awaitility.await().atMost(PATIENCE).until(() -> {
      var sync = sync(admin, tea.productId(), shop);
      return sync != null && sync.get("lastError") != null;
    });
    var failed = sync(admin, tea.productId(), shop);
    assertThat(failed).containsEntry("status", "PENDING").containsEntry("attempts", 1);
    var error = (Map<?, ?>) failed.get("lastError");
    assertThat(error.get("failure")).isEqualTo("RETRYABLE");
    assertThat(Instant.parse(failed.get("nextAttemptAt").toString()))
        .isAfterOrEqualTo(Instant.parse(error.get("at").toString()).plusSeconds(2));
    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    assertThat(taobao.count(tea.productId(), "publish")).isEqualTo(1);
  }

  @Test
  void pausesTheShopWhenThePlatformRefusesItsTokenAndResumesOnceAuthorisedAgain() {
    var admin = admin(web);
    var shop = shop(admin, "JD", "京东授权测试店");
    var jd = platforms.on(Channel.JD).shop(shop.appKey());
    var tea = publishedTeaFailing(jd, "publish", Failure.REAUTHORIZE, false);

    Awaitility.await().atMost(PATIENCE).untilAsserted(() -> admin.get("/api/channels").expectStatus().isOk().expectBody()
        .jsonPath("$[?(@.id == '" + shop.id() + "')].status").isEqualTo("NEEDS_REAUTHORIZATION")
        .jsonPath("$[?(@.id == '" + shop.id() + "')].statusMessage").isEqualTo("fake failure"));
    assertThat(statusOf(admin, tea.productId(), shop)).isEqualTo("PENDING");
    long callsWhilePaused = jd.callsFor(tea.productId()).size();

    admin.post("/api/channels/" + shop.id() + "/reauthorize", Map.of("accessToken", "renewed-token")).expectStatus().isOk();
    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    assertThat(jd.callsFor(tea.productId()).size()).isGreaterThan((int) callsWhilePaused);
    assertThat(jd.item(tea.productId())).isPresent();
  }

  @Test
  void queuesPermanentFailuresWithThePlatformsMessageAndRetriesThemOnRequest() {
    var admin = admin(web);
    var shop = shop(admin, "TAOBAO", "淘宝测试店");
    var taobao = platforms.on(Channel.TAOBAO).shop(shop.appKey());
    var tea = publishedTeaFailing(taobao, "publish", Failure.PERMANENT, false);

    Awaitility.await().atMost(PATIENCE).until(() -> "FAILED".equals(statusOf(admin, tea.productId(), shop)));
    admin.get("/api/sync/errors?channel=TAOBAO&product=" + tea.productId()).expectStatus().isOk().expectBody()
        .jsonPath("$.total").isEqualTo(1)
        .jsonPath("$.items[0].lastError.message").isEqualTo("fake failure")
        .jsonPath("$.items[0].lastError.failure").isEqualTo("PERMANENT");
    admin.get("/api/sync/counters").expectStatus().isOk().expectBody()
        .jsonPath("$[?(@.channel == 'TAOBAO')].failed").value(failed -> assertThat((List<Integer>) failed).allMatch(n -> n >= 1));

    String id = sync(admin, tea.productId(), shop).get("id").toString();
    admin.post("/api/sync/errors/" + id + "/retry", Map.of()).expectStatus().isOk().expectBody().jsonPath("$.retried").isEqualTo(1);
    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    admin.get("/api/sync/errors?channel=TAOBAO&product=" + tea.productId()).expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
  }

  @Test
  void keepsTheLeaseWhileASlowPlatformOutlastsIt() {
    var admin = admin(web);
    var shop = shop(admin, "SUNING", "苏宁测试店");
    var suning = platforms.on(Channel.SUNING).shop(shop.appKey());
    var tea = publishedTea(web, productId -> suning.slow(productId, "publish", Duration.ofSeconds(5)));

    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    // The publish took 5 s against a 3 s lease. Had the lease not been renewed, another worker would have claimed
    // the listing meanwhile, found no item yet, and created a second one.
    assertThat(suning.count(tea.productId(), "publish")).isEqualTo(1);
    assertThat(suning.count(tea.productId(), "findByOuterId")).isEqualTo(1);
    assertThat(sync(admin, tea.productId(), shop)).containsEntry("attempts", 0).containsEntry("lastError", null);
  }

  @Test
  void aShopWhosePlatformIsSlowHoldsUpNoOtherShop() {
    var admin = admin(web);
    var slowShop = shop(admin, "JD", "京东慢店");
    var jd = platforms.on(Channel.JD).shop(slowShop.appKey());
    var quickShop = shop(admin, "PINDUODUO", "拼多多测试店");
    // As many slow publishes as a shop has workers (4 in tests), each just within the 6 s after which a push is cut.
    var slowed = IntStream.range(0, 4)
        .mapToObj(n -> publishedTea(web, productId -> jd.slow(productId, "publish", Duration.ofSeconds(5)))).toList();
    var tea = publishedTea(web);

    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), quickShop))
        && slowed.stream().allMatch(slow -> "SYNCED".equals(statusOf(admin, slow.productId(), slowShop))));
    // Workers shared by all shops would all have been waiting on those publishes, and this tea on every shop with them.
    Instant teaSynced = Instant.parse(sync(admin, tea.productId(), quickShop).get("syncedAt").toString());
    assertThat(slowed).allSatisfy(slow -> {
      assertThat(Instant.parse(sync(admin, slow.productId(), slowShop).get("syncedAt").toString())).isAfter(teaSynced);
      assertThat(jd.count(slow.productId(), "publish")).isEqualTo(1);
    });
  }

  @Test
  void cutsAPushThePlatformNeverAnswersAndRetriesIt() {
    var admin = admin(web);
    var shop = shop(admin, "SUNING", "苏宁测试店");
    var suning = platforms.on(Channel.SUNING).shop(shop.appKey());
    var tea = publishedTea(web, productId -> suning.stall(productId, "publish", Duration.ofSeconds(30)));

    // Cut at twice the 3 s lease, recorded as a retryable failure, then pushed again.
    Awaitility.await().atMost(PATIENCE).until(() -> {
      var sync = sync(admin, tea.productId(), shop);
      return sync != null && sync.get("lastError") != null;
    });
    assertThat(((Map<?, ?>) sync(admin, tea.productId(), shop).get("lastError")).get("failure")).isEqualTo("RETRYABLE");
    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    assertThat(suning.count(tea.productId(), "publish")).isEqualTo(2);
    assertThat(suning.item(tea.productId())).isPresent();
  }

  @Test
  void takesOverAListingWhoseWorkerDiedOnceItsLeaseRunsOut() {
    var admin = admin(web);
    var shop = shop(admin, "SUNING", "苏宁测试店");
    var suning = platforms.on(Channel.SUNING).shop(shop.appKey());
    var tea = publishedTea(web);
    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    long updates = suning.count(tea.productId(), "update");

    // An instance claimed the listing and died: its lease stays until it runs out, and nobody renews it.
    Instant leaseEnds = Instant.now().plusSeconds(4);
    String id = sync(admin, tea.productId(), shop).get("id").toString();
    var claimedByTheDead = new Update().set("status", SyncStatus.PENDING).set("nextAttemptAt", Instant.now())
        .set("lease", new Lease("a dead instance", leaseEnds));
    mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), claimedByTheDead, ListingSync.class).block(Duration.ofSeconds(10));

    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    assertThat(Instant.parse(sync(admin, tea.productId(), shop).get("syncedAt").toString())).isAfterOrEqualTo(leaseEnds);
    assertThat(suning.count(tea.productId(), "update")).isEqualTo(updates + 1);
    assertThat(suning.count(tea.productId(), "publish")).isEqualTo(1);
  }

  @Test
  void delistingFollowsTheProductAndTheProducersChoiceOfChannels() {
    var admin = admin(web);
    var taobaoShop = shop(admin, "TAOBAO", "淘宝测试店");
    var taobao = platforms.on(Channel.TAOBAO).shop(taobaoShop.appKey());
    var tea = publishedTea(web);
    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), taobaoShop)));

    tea.owner().post("/api/products/" + tea.productId() + "/delist", Map.of()).expectStatus().isOk();
    Awaitility.await().atMost(PATIENCE).until(() -> !taobao.item(tea.productId()).orElseThrow().onSale()
        && "SYNCED".equals(statusOf(admin, tea.productId(), taobaoShop)));
    assertThat(sync(admin, tea.productId(), taobaoShop)).containsEntry("onSale", false);

    tea.owner().post("/api/products/" + tea.productId() + "/publish", Map.of()).expectStatus().isOk();
    Awaitility.await().atMost(PATIENCE).until(() -> taobao.item(tea.productId()).orElseThrow().onSale());

    tea.owner().put("/api/sync/products/" + tea.productId() + "/channels/TAOBAO", Map.of("excluded", true, "skus", List.of()))
        .expectStatus().isOk();
    Awaitility.await().atMost(PATIENCE).until(() -> !taobao.item(tea.productId()).orElseThrow().onSale());
    assertThat(taobao.count(tea.productId(), "publish")).isEqualTo(1);
  }

  @Test
  void overridesSetTitlePriceAndStockShareWithinTheSkusStock() {
    var admin = admin(web);
    var shop = shop(admin, "TAOBAO", "淘宝测试店");
    var taobao = platforms.on(Channel.TAOBAO).shop(shop.appKey());
    var tea = publishedTea(web);
    String uri = "/api/sync/products/" + tea.productId() + "/channels/TAOBAO";

    tea.owner().put(uri, Map.of("excluded", false, "skus", List.of(Map.of("skuCode", tea.sku(), "priceFen", 0)))).expectStatus().isBadRequest();
    tea.owner().put(uri, Map.of("excluded", false, "skus", List.of(Map.of("skuCode", tea.sku(), "stock", 121)))).expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("skus[0].stock");
    tea.owner().put(uri, Map.of("excluded", false, "skus", List.of(Map.of("skuCode", "NOPE", "stock", 1)))).expectStatus().isBadRequest();
    tea.owner().put("/api/sync/products/" + tea.productId() + "/channels/PAVILION", Map.of("excluded", false, "skus", List.of()))
        .expectStatus().isBadRequest();
    tea.owner().put(uri, Map.of("excluded", false, "title", "祁门红茶 淘宝专享", "skus",
        List.of(Map.of("skuCode", tea.sku(), "priceFen", 11800, "stock", 30)))).expectStatus().isOk()
        .expectBody().jsonPath("$.skus[0].priceFen").isEqualTo(11800).jsonPath("$.skus[0].catalogStock").isEqualTo(120);

    Awaitility.await().atMost(PATIENCE).until(() -> taobao.item(tea.productId())
        .filter(item -> item.listing().title().equals("祁门红茶 淘宝专享") && item.offers().get(0).priceFen() == 11800
            && item.offers().get(0).stock() == 30).isPresent() && "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    admin.get(uri).expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo("祁门红茶 淘宝专享");
  }

  @Test
  void onlyTheOwnerAndAdminsSeeAProductsSyncAndOnlyAdminsTheQueueAndTemplates() {
    var tea = publishedTea(web);
    var stranger = Fixtures.producerAccount(web);
    tea.owner().get("/api/sync/products/" + tea.productId()).expectStatus().isOk();
    stranger.get("/api/sync/products/" + tea.productId()).expectStatus().isNotFound();
    stranger.get("/api/sync/products/" + tea.productId() + "/channels/TAOBAO").expectStatus().isNotFound();
    tea.owner().get("/api/sync/errors").expectStatus().isForbidden();
    tea.owner().get("/api/sync/counters").expectStatus().isForbidden();
    tea.owner().get("/api/channels/templates").expectStatus().isForbidden();
    tea.owner().post("/api/sync/channels/TAOBAO/retry", Map.of()).expectStatus().isForbidden();
  }

  private SyncFixtures.Published publishedTeaFailing(FakeShop platform, String method, Failure failure, boolean afterApplying) {
    Duration retryAfter = failure == Failure.RETRYABLE ? Duration.ofSeconds(2) : null;
    return publishedTea(web, productId -> platform.fail(productId, method, failure, afterApplying, retryAfter, "fake failure"));
  }
}
