package cn.wanhuo.hub.app.health;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.RedisProcess;
import cn.wanhuo.hub.app.testing.TcpProxy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Stops Elasticsearch and Redis under a running hub: readiness goes DOWN, requests that need the service get a
 * 503 problem, everything else keeps working, and the hub recovers by itself when the service returns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
@DirtiesContext
class ServiceOutageTest {

  static final RedisProcess redis = new RedisProcess();
  static final TcpProxy elasticsearch = proxyToTestElasticsearch();

  @Autowired WebTestClient web;

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    registry.add("spring.data.redis.url", redis::url);
    registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + elasticsearch.port());
  }

  @AfterAll
  static void stopServices() {
    elasticsearch.close();
    redis.close();
  }

  @Test
  void survivesElasticsearchGoingAwayAndComingBack() {
    awaitReadiness(200);
    elasticsearch.down();

    awaitReadiness(503);
    web.get().uri("/actuator/health/readiness").exchange().expectBody()
        .jsonPath("$.components.elasticsearch.status").isEqualTo("DOWN")
        .jsonPath("$.components.mongo.status").isEqualTo("UP");
    web.get().uri("/api/pavilion/search?q=茶").exchange().expectStatus().isEqualTo(503)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/service-unavailable")
        .jsonPath("$.detail").value(d -> org.assertj.core.api.Assertions.assertThat((String) d).contains("Elasticsearch"));
    web.get().uri("/api/regions?level=PREFECTURE").exchange().expectStatus().isOk();

    // Catalog writes go on while the index is away; every one of them is indexed once it returns.
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    String word = "zq" + Browserless.uniqueName("").replaceAll("[^a-z]", "x");
    var published = new java.util.ArrayList<String>();
    for (int i = 0; i < 3; i++) {
      var content = Fixtures.keemun("OUT-" + i + "-" + Browserless.uniqueName(""));
      content.put("nameEn", "Keemun " + word);
      published.add(Fixtures.publishedProduct(web, owner, producer, content));
    }
    owner.post("/api/products/" + published.get(2) + "/delist", Map.of()).expectStatus().isOk();

    elasticsearch.up();
    awaitReadiness(200);
    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        web.get().uri("/api/pavilion/search?q=" + word).exchange().expectStatus().isOk().expectBody()
            .jsonPath("$.items[*].id").value(ids -> org.assertj.core.api.Assertions.assertThat((java.util.List<Object>) ids)
                .containsExactlyInAnyOrder(published.get(0), published.get(1))));
  }

  @Test
  void survivesRedisGoingAwayAndComingBack() {
    awaitReadiness(200);
    redis.stop();

    awaitReadiness(503);
    web.get().uri("/actuator/health/readiness").exchange().expectBody()
        .jsonPath("$.components.redis.status").isEqualTo("DOWN");
    new Browserless(web).post("/api/auth/login", Map.of("username", "admin", "password", "test-admin-password-1"))
        .expectStatus().isEqualTo(503)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/service-unavailable");
    web.get().uri("/api/regions/340100").exchange().expectStatus().isOk();

    redis.start();
    awaitReadiness(200);
    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        new Browserless(web).login("admin", "test-admin-password-1"));
  }

  private void awaitReadiness(int status) {
    Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(status));
  }

  private static TcpProxy proxyToTestElasticsearch() {
    URI uri = URI.create(System.getenv().getOrDefault("WANHUO_TEST_ES_URIS", "http://127.0.0.1:19200").split(",")[0]);
    return new TcpProxy(uri.getHost(), uri.getPort());
  }
}
