package cn.wanhuo.hub.app.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.connectors.channels.ChannelAccounts;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/** Admins connect shops; secrets are sealed at rest, write-only through the API and handed out only for a call. */
@SyncTest
class ChannelAccountsTest {

  @Autowired WebTestClient web;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired ChannelAccounts accounts;
  @Autowired FakePlatforms platforms;

  @Test
  void sealsSecretsAtRestAndNeverAnswersThem() {
    var admin = new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD);
    String secret = "sec-" + Browserless.uniqueName("s");
    String token = "tok-" + Browserless.uniqueName("t");
    String one = connected(admin, shop("TAOBAO", secret, token));
    String two = connected(admin, shop("TAOBAO", secret, token));

    String listed = admin.get("/api/channels").expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(listed).contains(one, two, "\"appKeyHint\":\"…1234\"", "\"secretSet\":true").doesNotContain(secret, token, "app-key-1234");

    StepVerifier.create(mongo.find(Query.query(Criteria.where("_id").in(List.of(one, two))), Document.class, "channel_accounts").collectList())
        .assertNext(raw -> {
          assertThat(raw).hasSize(2);
          assertThat(raw.toString()).doesNotContain(secret, token);
          // A fresh nonce per value: the same secret never seals to the same text twice.
          assertThat(raw.get(0).getString("sealedSecret")).isNotEqualTo(raw.get(1).getString("sealedSecret"));
        })
        .verifyComplete();
    StepVerifier.create(accounts.credentials(one))
        .assertNext(credentials -> {
          assertThat(credentials.appSecret()).isEqualTo(secret);
          assertThat(credentials.accessToken()).isEqualTo(token);
          assertThat(credentials.toString()).doesNotContain(secret, token);
        })
        .verifyComplete();
  }

  @Test
  void keepsTheStoredSecretWhenAChangeLeavesItBlankAndReauthorisesWithANewToken() {
    var admin = new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD);
    String id = connected(admin, shop("JD", "old-secret", "old-token"));
    var change = shop("JD", "", "");
    change.put("shopName", "皖货 JD 旗舰店");
    change.put("qps", 7);
    admin.put("/api/channels/" + id, change).expectStatus().isOk().expectBody()
        .jsonPath("$.shopName").isEqualTo("皖货 JD 旗舰店").jsonPath("$.qps").isEqualTo(7).jsonPath("$.secretSet").isEqualTo(true);
    StepVerifier.create(accounts.credentials(id))
        .assertNext(credentials -> assertThat(credentials.appSecret()).isEqualTo("old-secret")).verifyComplete();

    StepVerifier.create(accounts.needsReauthorization(id, "access token expired").then(accounts.get(id)))
        .assertNext(account -> assertThat(account.status().name()).isEqualTo("NEEDS_REAUTHORIZATION")).verifyComplete();
    admin.get("/api/channels").expectStatus().isOk().expectBody()
        .jsonPath("$[?(@.id == '" + id + "')].statusMessage").isEqualTo("access token expired");
    admin.post("/api/channels/" + id + "/reauthorize", Map.of("accessToken", "new-token", "tokenExpiresAt", "2027-01-01T00:00:00Z"))
        .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE").jsonPath("$.tokenExpiresAt").isEqualTo("2027-01-01T00:00:00Z");
    StepVerifier.create(accounts.credentials(id))
        .assertNext(credentials -> assertThat(credentials.accessToken()).isEqualTo("new-token")).verifyComplete();
    admin.post("/api/channels/" + id + "/disable", Map.of()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DISABLED");
  }

  @Test
  void checksAShopOnItsPlatformAndReportsTheRefusalWithoutChangingTheShop() {
    var admin = new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD);
    var shop = SyncFixtures.shop(admin, "JD", "京东连接测试店");
    admin.post("/api/channels/" + shop.id() + "/check", Map.of()).expectStatus().isOk().expectBody()
        .jsonPath("$.shopId").isEqualTo(shop.id()).jsonPath("$.reachable").isEqualTo(true).jsonPath("$.failure").doesNotExist();

    // Disabled, so the order import (which polls active shops) cannot take the refusal meant for the check.
    admin.post("/api/channels/" + shop.id() + "/disable", Map.of()).expectStatus().isOk();
    platforms.on(Channel.JD).shop(shop.appKey()).fail("", "ordersModified", Failure.REAUTHORIZE, false, null, "access_token 已过期");
    admin.post("/api/channels/" + shop.id() + "/check", Map.of()).expectStatus().isOk().expectBody()
        .jsonPath("$.reachable").isEqualTo(false).jsonPath("$.failure").isEqualTo("REAUTHORIZE")
        .jsonPath("$.message").isEqualTo("access_token 已过期");
    admin.get("/api/channels").expectStatus().isOk().expectBody()
        .jsonPath("$[?(@.id == '" + shop.id() + "')].status").isEqualTo("DISABLED");

    admin.post("/api/channels/no-such-shop/check", Map.of()).expectStatus().isNotFound().expectHeader()
        .contentTypeCompatibleWith("application/problem+json");
    Fixtures.producerAccount(web).post("/api/channels/" + shop.id() + "/check", Map.of()).expectStatus().isForbidden();
  }

  @Test
  void refusesThePavilionUnknownPlatformsBadGatewaysAndBlankSecrets() {
    var admin = new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD);
    admin.post("/api/channels", shop("PAVILION", "s", "t")).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.type").isEqualTo("/problems/validation-failed").jsonPath("$.errors[0].field").isEqualTo("channel");
    admin.post("/api/channels", shop("AMAZON", "s", "t")).expectStatus().isBadRequest();
    var badGateway = shop("SUNING", "s", "t");
    badGateway.put("gateway", "ftp://open.suning.com");
    admin.post("/api/channels", badGateway).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("gateway");
    admin.post("/api/channels", shop("PINDUODUO", " ", "t")).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("appSecret");
    admin.post("/api/channels/demo-shops/JD", Map.of()).expectStatus().isNotFound();
  }

  @Test
  void onlyAdminsReachShops() {
    var producer = Fixtures.producerAccount(web);
    producer.get("/api/channels").expectStatus().isForbidden();
    producer.post("/api/channels", shop("TAOBAO", "s", "t")).expectStatus().isForbidden();
    new Browserless(web).get("/api/channels").expectStatus().isUnauthorized();
  }

  static Map<String, Object> shop(String channel, String secret, String token) {
    var body = new HashMap<String, Object>();
    body.put("channel", channel);
    body.put("shopName", "皖货汇测试店");
    body.put("gateway", "http://127.0.0.1:1/router");
    body.put("appKey", "app-key-1234");
    body.put("appSecret", secret);
    body.put("accessToken", token);
    return body;
  }

  static String connected(Browserless admin, Map<String, Object> shop) {
    return admin.post("/api/channels", shop).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
        .toString();
  }
}
