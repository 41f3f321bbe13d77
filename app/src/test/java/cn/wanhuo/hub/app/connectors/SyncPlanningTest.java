package cn.wanhuo.hub.app.connectors;

import static cn.wanhuo.hub.app.connectors.SyncFixtures.admin;
import static cn.wanhuo.hub.app.connectors.SyncFixtures.publishedTea;
import static cn.wanhuo.hub.app.connectors.SyncFixtures.shop;
import static cn.wanhuo.hub.app.connectors.SyncFixtures.statusOf;
import static cn.wanhuo.hub.app.connectors.SyncFixtures.sync;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.sync.SyncPlanner;
import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/** Planning from the product document: what no event announced is found by the sweep, and a missing template is an error. */
@SyncTest
class SyncPlanningTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired WebTestClient web;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired SyncPlanner planner;
  @Autowired FakePlatforms platforms;

  @Test
  void theSweepPlansAChangeSavedByAnotherInstance() {
    var admin = admin(web);
    var shop = shop(admin, "TAOBAO", "淘宝测试店");
    var taobao = platforms.on(Channel.TAOBAO).shop(shop.appKey());
    var tea = publishedTea(web);
    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), shop)));

    // Another instance's save: written to MongoDB, no event in this one.
    StepVerifier.create(mongo.updateFirst(Query.query(Criteria.where("_id").is(tea.productId())),
            new Update().set("content.skus.0.priceFen", 13800).inc("version", 1), Product.class))
        .assertNext(result -> assertThat(result.getModifiedCount()).isEqualTo(1)).verifyComplete();
    assertThat(statusOf(admin, tea.productId(), shop)).isEqualTo("SYNCED");

    StepVerifier.create(planner.sweep()).verifyComplete();
    Awaitility.await().atMost(PATIENCE).until(() -> taobao.item(tea.productId())
        .filter(item -> item.offers().get(0).priceFen() == 13800).isPresent() && "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    assertThat(taobao.count(tea.productId(), "publish")).isEqualTo(1);
  }

  @Test
  void aCategoryWithoutTemplateFailsPermanentlyUntilAnAdminAddsOne() {
    var admin = admin(web);
    var shop = shop(admin, "PINDUODUO", "拼多多模板测试店");
    var pdd = platforms.on(Channel.PINDUODUO).shop(shop.appKey());
    StepVerifier.create(mongo.remove(Query.query(Criteria.where("_id").is("PINDUODUO:TEA")), "listing_templates"))
        .expectNextCount(1).verifyComplete();
    var tea = publishedTea(web);

    Awaitility.await().atMost(PATIENCE).until(() -> "FAILED".equals(statusOf(admin, tea.productId(), shop)));
    assertThat(((Map<?, ?>) sync(admin, tea.productId(), shop).get("lastError")).get("message").toString())
        .contains("TEA").contains("PINDUODUO");
    assertThat(pdd.callsFor(tea.productId())).isEmpty();

    admin.put("/api/channels/templates/PINDUODUO/TEA", Map.of("platformCategoryId", "8101", "properties",
        List.of(Map.of("attribute", "nope", "platformPropertyId", "1"))))
        .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("properties[0].attribute");
    admin.put("/api/channels/templates/PINDUODUO/TEA", Map.of("platformCategoryId", "8101", "properties",
        List.of(Map.of("attribute", "variety", "platformPropertyId", "1002"), Map.of("attribute", "grade", "platformPropertyId", "1002"),
            Map.of("attribute", "harvest", "platformPropertyId", "1003", "fixedValue", "春茶"))))
        .expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("properties[1].platformPropertyId")
        .jsonPath("$.errors[1].field").isEqualTo("properties[2]");
    long version = admin.put("/api/channels/templates/PINDUODUO/TEA", Map.of("platformCategoryId", "8101", "properties",
            List.of(Map.of("attribute", "variety", "platformPropertyId", "1002"), Map.of("platformPropertyId", "1001", "fixedValue", "安徽"))))
        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("version") instanceof Number number
        ? number.longValue() : -1;
    Awaitility.await().atMost(PATIENCE).until(() -> "SYNCED".equals(statusOf(admin, tea.productId(), shop)));
    assertThat(pdd.item(tea.productId()).orElseThrow().listing().properties()).containsEntry("1001", "安徽").containsEntry("1002", "祁门红茶");

    // Two admins edit the same version: the second save is refused rather than overwriting the first.
    var edit = Map.of("platformCategoryId", "8102", "properties", List.of(), "version", version);
    admin.put("/api/channels/templates/PINDUODUO/TEA", edit).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(version + 1);
    admin.put("/api/channels/templates/PINDUODUO/TEA", edit).expectStatus().isEqualTo(409);
  }
}
