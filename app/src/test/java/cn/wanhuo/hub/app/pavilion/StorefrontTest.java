package cn.wanhuo.hub.app.pavilion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import cn.wanhuo.hub.shared.search.SearchSettings;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/** The storefront pages: home, prefecture, product and producer pages, their ETags and their Redis cache. */
@HubTest
class StorefrontTest {

  @Autowired WebTestClient web;
  @Autowired ReactiveStringRedisTemplate redis;
  @Autowired SearchSettings settings;

  @Test
  void showsEveryPrefectureWithItsCountAndTheTimeHonouredShelf() {
    String home = body("/api/pavilion/home");
    List<Map<String, Object>> prefectures = JsonPath.read(home, "$.prefectures");
    assertThat(prefectures).hasSize(16);
    long sum = prefectures.stream().mapToLong(p -> ((Number) p.get("count")).longValue()).sum();
    long total = ((Number) JsonPath.read(body("/api/pavilion/search?q=&size=1"), "$.total")).longValue();
    assertThat(sum).isEqualTo(total);
    List<String> timeHonoured = JsonPath.read(home, "$.timeHonoured[*].nameZh");
    assertThat(timeHonoured).contains("耿福兴虾籽面").doesNotContain("詹记桃酥");
    List<String> newArrivals = JsonPath.read(home, "$.newArrivals[*].id");
    assertThat(newArrivals).isNotEmpty().hasSizeLessThanOrEqualTo(8);
    assertThat((List<?>) JsonPath.read(home, "$.categories")).isNotEmpty();
  }

  @Test
  void answersARepeatVisitWithNotModified() {
    // Hefei's page: no other test publishes there, so its content (and ETag) stays put during the run.
    var first = web.get().uri("/api/pavilion/prefectures/340100").exchange().expectStatus().isOk()
        .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, ".*max-age=30.*").returnResult(String.class);
    String etag = first.getResponseHeaders().getETag();
    assertThat(etag).isNotBlank();
    web.get().uri("/api/pavilion/prefectures/340100").header(HttpHeaders.IF_NONE_MATCH, etag).exchange().expectStatus().isNotModified();
    web.get().uri("/api/pavilion/prefectures/340100").header(HttpHeaders.IF_NONE_MATCH, "\"stale\"").exchange().expectStatus().isOk();
  }

  @Test
  void showsAPrefectureWithItsCountiesAndSpecialties() {
    String page = body("/api/pavilion/prefectures/341000");
    assertThat((String) JsonPath.read(page, "$.prefecture.nameZh")).isEqualTo("黄山市");
    assertThat((List<String>) JsonPath.read(page, "$.counties[*].code")).contains("341024", "341004");
    assertThat((List<String>) JsonPath.read(page, "$.specialties[*].nameZh")).contains("黄山毛峰", "祁门红茶");
    assertThat((List<String>) JsonPath.read(page, "$.products[*].prefectureCode")).isNotEmpty().containsOnly("341000");
    web.get().uri("/api/pavilion/prefectures/341024").exchange().expectStatus().isNotFound();
    web.get().uri("/api/pavilion/prefectures/349900").exchange().expectStatus().isNotFound();
  }

  @Test
  void showsAProductWithItsProducerAndRegions() {
    String page = body("/api/pavilion/products/" + demoId("黄山毛峰") + "/page");
    assertThat((String) JsonPath.read(page, "$.product.content.nameZh")).isEqualTo("黄山毛峰");
    assertThat((String) JsonPath.read(page, "$.prefecture.nameZh")).isEqualTo("黄山市");
    assertThat((String) JsonPath.read(page, "$.county.code")).isEqualTo("341004");
    String producer = JsonPath.read(page, "$.producer.id");
    assertThat((List<String>) JsonPath.read(body("/api/pavilion/producers/" + producer), "$.products[*].content.nameZh")).contains("黄山毛峰");
  }

  @Test
  void keepsUnverifiedProducersAndUnpublishedProductsOff() {
    var owner = Fixtures.producerAccount(web);
    String unverified = Fixtures.registeredProducer(owner, "341000", "341024");
    web.get().uri("/api/pavilion/producers/" + unverified).exchange().expectStatus().isNotFound();
    web.get().uri("/api/pavilion/products/no-such-product/page").exchange().expectStatus().isNotFound();
  }

  @Test
  void servesProductPagesFromTheCacheAndForgetsThemWhenTheProductChanges() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var content = Fixtures.keemun("CA-" + Browserless.uniqueName(""));
    String id = Fixtures.publishedProduct(web, owner, producer, content);
    String uri = "/api/pavilion/products/" + id + "/page";
    Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat((String) JsonPath.read(body(uri), "$.product.content.nameZh")).isEqualTo("祁门红茶 特级"));

    // What Redis holds is what is served: plant a marker in the cached page.
    String key = "{" + settings.indexPrefix() + ":pavilion}:product:" + id;
    StepVerifier.create(redis.opsForValue().get(key)
            .doOnNext(cached -> assertThat(cached).contains("祁门红茶 特级"))
            .flatMap(cached -> redis.opsForValue().set(key, cached.replace("祁门红茶 特级", "缓存标记"))))
        .expectNext(true).verifyComplete();
    assertThat((String) JsonPath.read(body(uri), "$.product.content.nameZh")).isEqualTo("缓存标记");

    long version = ((Number) owner.get("/api/products/" + id).expectStatus().isOk().expectBody(Map.class).returnResult()
        .getResponseBody().get("version")).longValue();
    content.put("nameZh", "祁门红茶 明前特级");
    owner.put("/api/products/" + id + "?version=" + version, content).expectStatus().isOk();
    new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD).post("/api/reviews/products/" + id + "/approve", Map.of())
        .expectStatus().isOk();
    Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat((String) JsonPath.read(body(uri), "$.product.content.nameZh")).isEqualTo("祁门红茶 明前特级"));
  }

  private String body(String uri) {
    return new String(web.get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(),
        StandardCharsets.UTF_8);
  }

  private static String demoId(String nameZh) {
    return "demo-" + UUID.nameUUIDFromBytes(nameZh.getBytes(StandardCharsets.UTF_8));
  }
}
