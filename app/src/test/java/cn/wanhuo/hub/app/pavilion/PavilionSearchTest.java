package cn.wanhuo.hub.app.pavilion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductStatus;
import cn.wanhuo.hub.marketplace.catalog.Products;
import cn.wanhuo.hub.marketplace.regions.Region;
import cn.wanhuo.hub.marketplace.regions.RegionLevel;
import cn.wanhuo.hub.marketplace.regions.Regions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/** Pavilion search over the seeded Anhui products: names, pinyin, initials, English, synonyms, filters and facets. */
@HubTest
class PavilionSearchTest {

  @Autowired WebTestClient web;
  @Autowired Products products;
  @Autowired Regions regions;

  @ParameterizedTest
  @ValueSource(strings = {"毛峰", "黄山毛峰", "Maofeng", "maofeng", "hsmf", "huangshan maofeng"})
  void findsHuangshanMaofengByNamePinyinInitialsOrEnglish(String query) {
    assertThat(names(search("q=" + query))).first().isEqualTo("黄山毛峰");
  }

  @Test
  void expandsSynonymsFromTheTable() {
    assertThat(names(search("q=祁红"))).contains("祁门红茶");
    assertThat(names(search("q=Keemun"))).first().isEqualTo("祁门红茶");
  }

  @Test
  void findsLuanGuapianByTheRightPinyinOfItsPlaceName() {
    assertThat(names(search("q=luan guapian"))).first().isEqualTo("六安瓜片");
  }

  @Test
  void findsProductsByTheirCategoryName() {
    assertThat(names(search("q=茶&prefecture=341000&size=50"))).contains("黄山毛峰", "太平猴魁");
    assertThat(names(search("q=tea&prefecture=341000&size=50"))).contains("黄山毛峰");
  }

  @Test
  void highlightsDescriptionsAsReadableText() {
    @SuppressWarnings("unchecked")
    var items = (List<Map<String, Object>>) search("q=安徽特产 黄山毛峰").get("items");
    @SuppressWarnings("unchecked")
    var highlights = (Map<String, List<String>>) items.get(0).get("highlights");
    assertThat(highlights.get("descriptionZh")).singleElement().satisfies(text ->
        assertThat(text).contains("，").contains("<em>").doesNotContain("&amp;").doesNotContain("&#"));
  }

  @Test
  void filtersByPrefectureAndGeographicalIndication() {
    var result = search("q=&prefecture=341000&gi=true&size=50");
    @SuppressWarnings("unchecked")
    var items = (List<Map<String, Object>>) result.get("items");
    assertThat(items).isNotEmpty().allSatisfy(item -> {
      assertThat(item).containsEntry("prefectureCode", "341000").containsEntry("geographicalIndication", true);
    });
    assertThat(names(result)).contains("黄山毛峰", "太平猴魁", "祁门红茶");
  }

  @Test
  void countsEveryPrefectureFacetAsMongoDbDoes() {
    Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
      @SuppressWarnings("unchecked")
      var buckets = (List<Map<String, Object>>) ((Map<String, Object>) search("q=&size=1").get("facets")).get("prefecture");
      Map<String, Long> counted = buckets.stream().collect(Collectors.toMap(b -> (String) b.get("key"), b -> ((Number) b.get("count")).longValue()));
      StepVerifier.create(regions.findAll().collectMap(Region::code, Function.identity())
              .flatMap(byCode -> products.findAll().filter(p -> p.status() == ProductStatus.PUBLISHED)
                  .map(p -> prefectureOf(p, byCode)).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))))
          .assertNext(expected -> assertThat(counted).isEqualTo(expected))
          .verifyComplete();
    });
  }

  @Test
  void countsEachFacetWithTheOtherFiltersOnly() {
    @SuppressWarnings("unchecked")
    var facets = (Map<String, Object>) search("q=&prefecture=341000&size=1").get("facets");
    @SuppressWarnings("unchecked")
    var prefectures = (List<Map<String, Object>>) facets.get("prefecture");
    assertThat(prefectures.size()).isGreaterThan(1);
  }

  @Test
  void pagesDeepWithCursorsWithoutRepeatingOrSkipping() {
    var first = search("q=&sort=PRICE_ASC&size=7");
    long total = ((Number) first.get("total")).longValue();
    var seen = new ArrayList<String>(ids(first));
    var page = first;
    while (page.get("nextCursor") != null) {
      page = search("q=&sort=PRICE_ASC&size=7&cursor=" + page.get("nextCursor"));
      seen.addAll(ids(page));
    }
    assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
  }

  @Test
  void offersNoNextPageAfterAnExactlyFullLastPage() {
    long total = ((Number) search("q=&prefecture=341000&size=1").get("total")).longValue();
    var exactlyFull = search("q=&prefecture=341000&size=" + total);
    assertThat(ids(exactlyFull)).hasSize((int) total);
    assertThat(exactlyFull.get("nextCursor")).isNull();
    assertThat(search("q=&prefecture=341000&size=" + (total - 1)).get("nextCursor")).isNotNull();
  }

  @Test
  void refusesACursorItDidNotHandOut() {
    web.get().uri("/api/pavilion/search?q=&cursor=bm90LWEtY3Vyc29y").exchange().expectStatus().isBadRequest()
        .expectBody().jsonPath("$.type").isEqualTo("/problems/validation-failed").jsonPath("$.errors[0].field").isEqualTo("cursor");
  }

  @Test
  void suggestsWhenNothingMatches() {
    var result = search("q=黄三毛峰");
    assertThat(result).containsEntry("total", 0).containsEntry("didYouMean", "黄山毛峰");
  }

  @Test
  void suggestsWhileTypingInPinyinChineseOrEnglish() {
    for (String typed : List.of("maof", "黄山", "Huangshan Mao", "hsm")) {
      List<Object> suggestions = web.get().uri(b -> b.path("/api/pavilion/suggest").queryParam("q", typed).build()).exchange()
          .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
      assertThat(suggestions).as(typed).extracting(s -> (Object) ((Map<?, ?>) s).get("nameZh")).contains("黄山毛峰");
    }
    List<Object> initials = web.get().uri("/api/pavilion/suggest?q=hsm").exchange().expectStatus().isOk()
        .expectBody(List.class).returnResult().getResponseBody();
    assertThat(initials).first().extracting(s -> ((Map<?, ?>) s).get("nameZh")).isEqualTo("黄山毛峰");
    List<Object> silk = web.get().uri("/api/pavilion/suggest?q=huang&category=SILK").exchange().expectStatus().isOk()
        .expectBody(List.class).returnResult().getResponseBody();
    assertThat(silk).extracting(s -> (Object) ((Map<?, ?>) s).get("nameZh")).doesNotContain("黄山毛峰");
  }

  @Test
  void keepsTheIndexInStepWithPublishingChangesAndDelisting() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    String word = "zq" + Browserless.uniqueName("").replaceAll("[^a-z]", "x");
    var content = Fixtures.keemun("SY-" + Browserless.uniqueName(""));
    content.put("nameEn", "Keemun " + word);
    String id = Fixtures.publishedProduct(web, owner, producer, content);
    awaitIds(word, List.of(id));

    long version = ((Number) owner.get("/api/products/" + id).expectStatus().isOk().expectBody(Map.class).returnResult()
        .getResponseBody().get("version")).longValue();
    content.put("nameEn", "Keemun renamed" + word);
    owner.put("/api/products/" + id + "?version=" + version, content).expectStatus().isOk();
    new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD).post("/api/reviews/products/" + id + "/approve", Map.of()).expectStatus().isOk();
    awaitIds("renamed" + word, List.of(id));
    awaitIds(word, List.of());

    owner.post("/api/products/" + id + "/delist", Map.of()).expectStatus().isOk();
    awaitIds("renamed" + word, List.of());
  }

  @Test
  void rebuildsWithoutFailingASearch() {
    var admin = new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD);
    admin.post("/api/admin/search/rebuild", Map.of()).expectStatus().isAccepted();
    var statuses = new HashSet<Integer>();
    Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
      statuses.add(web.get().uri("/api/pavilion/search?q=毛峰").exchange().returnResult(String.class).getStatus().value());
      Map<?, ?> status = admin.get("/api/admin/search/status").expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
      return !(Boolean) ((Map<?, ?>) status.get("rebuild")).get("running");
    });
    assertThat(statuses).containsExactly(200);
    admin.get("/api/admin/search/status").expectStatus().isOk().expectBody()
        .jsonPath("$.rebuild.failure").doesNotExist()
        .jsonPath("$.rebuild.indexed").value(n -> assertThat(((Number) n).intValue()).isGreaterThanOrEqualTo(100));
    assertThat(names(search("q=毛峰"))).first().isEqualTo("黄山毛峰");
  }

  @Test
  void reconcileRepairsNothingWhenInStep() {
    var admin = new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD);
    Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
        admin.post("/api/admin/search/reconcile", Map.of()).expectStatus().isOk().expectBody()
            .jsonPath("$.missing").isEqualTo(0).jsonPath("$.stale").isEqualTo(0).jsonPath("$.extra").isEqualTo(0));
  }

  @Test
  void keepsTheAdministrationToAdministrators() {
    Fixtures.producerAccount(web).post("/api/admin/search/rebuild", Map.of()).expectStatus().isForbidden();
    web.get().uri("/api/admin/synonyms").exchange().expectStatus().isUnauthorized();
  }

  private void awaitIds(String query, List<String> expected) {
    Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
        .untilAsserted(() -> assertThat(ids(search("q=" + query))).isEqualTo(expected));
  }

  private Map<String, Object> search(String params) {
    @SuppressWarnings("unchecked")
    Map<String, Object> body = web.get().uri("/api/pavilion/search?" + params).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    return body;
  }

  @SuppressWarnings("unchecked")
  private static List<String> names(Map<String, Object> result) {
    return ((List<Map<String, Object>>) result.get("items")).stream().map(i -> (String) i.get("nameZh")).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(Map<String, Object> result) {
    return ((List<Map<String, Object>>) result.get("items")).stream().map(i -> (String) i.get("id")).toList();
  }

  private static String prefectureOf(Product product, Map<String, Region> byCode) {
    Region region = byCode.get(product.region());
    return region.level() == RegionLevel.COUNTY ? region.parentCode() : region.code();
  }
}
