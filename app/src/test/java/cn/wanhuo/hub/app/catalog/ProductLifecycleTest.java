package cn.wanhuo.hub.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Draft → submitted → approved → published → changed → delisted, with reviews, audit trail and outbox. */
@HubTest
class ProductLifecycleTest {

  @Autowired WebTestClient web;

  @Test
  void takesATeaFromDraftToPublishedAndRecordsEveryStep() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var reviewer = Fixtures.reviewer(web, "341024");

    String id = draft(owner, producer, Fixtures.keemun("KM-" + Browserless.uniqueName("")));
    owner.post("/api/products/" + id + "/submit", Map.of()).expectStatus().isOk();
    reviewer.post("/api/reviews/products/" + id + "/approve", Map.of()).expectStatus().isOk();
    owner.post("/api/products/" + id + "/publish", Map.of()).expectStatus().isOk().expectBody()
        .jsonPath("$.status").isEqualTo("PUBLISHED")
        .jsonPath("$.revision").isEqualTo(1)
        .jsonPath("$.outbox[0].type").isEqualTo("PUBLISHED")
        .jsonPath("$.history[*].action").isEqualTo(List.of("created", "submitted", "approved", "published"));

    new Browserless(web).get("/api/pavilion/products/" + id).expectStatus().isOk().expectBody()
        .jsonPath("$.content.nameZh").isEqualTo("祁门红茶 特级")
        .jsonPath("$.history").doesNotExist()
        .jsonPath("$.ownerUsername").doesNotExist();
  }

  @Test
  void keepsThePublishedContentVisibleWhileAChangeIsReviewed() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var reviewer = Fixtures.reviewer(web, "341000");
    String id = published(owner, reviewer, producer);

    assertThat(queueIds(reviewer)).doesNotContain(id);
    var changed = Fixtures.keemun(skuCode(owner, id));
    changed.put("nameZh", "祁门红茶 特级 明前");
    owner.put("/api/products/" + id + "?version=" + version(owner, id), changed).expectStatus().isOk().expectBody()
        .jsonPath("$.status").isEqualTo("PUBLISHED")
        .jsonPath("$.content.nameZh").isEqualTo("祁门红茶 特级")
        .jsonPath("$.pendingChange.nameZh").isEqualTo("祁门红茶 特级 明前");
    new Browserless(web).get("/api/pavilion/products/" + id).expectStatus().isOk().expectBody()
        .jsonPath("$.content.nameZh").isEqualTo("祁门红茶 特级");

    assertThat(queueIds(reviewer)).contains(id);
    reviewer.post("/api/reviews/products/" + id + "/approve", Map.of()).expectStatus().isOk().expectBody()
        .jsonPath("$.content.nameZh").isEqualTo("祁门红茶 特级 明前")
        .jsonPath("$.revision").isEqualTo(2)
        .jsonPath("$.outbox[-1].type").isEqualTo("CHANGED");
    owner.post("/api/products/" + id + "/delist", Map.of()).expectStatus().isOk().expectBody()
        .jsonPath("$.outbox[-1].type").isEqualTo("DELISTED");
    new Browserless(web).get("/api/pavilion/products/" + id).expectStatus().isNotFound();
  }

  @Test
  void refusesProductsOfUnverifiedProducers() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.registeredProducer(owner, "341000", "341024");
    owner.post("/api/products", Map.of("producerId", producer, "content", Fixtures.keemun("KM-1"))).expectStatus().isEqualTo(422)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/producer-not-verified");
  }

  @Test
  void checksTheCategoryAttributesAndBarcodes() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var content = Fixtures.keemun("KM-2");
    content.put("attributes", Map.of("variety", "祁门红茶", "grade", "BEST", "harvest", "SPRING", "harvestYear", 2026, "netWeightGrams", 250));
    content.put("skus", List.of(Fixtures.sku("KM-2", 12800, "6901234567893")));
    owner.post("/api/products", Map.of("producerId", producer, "content", content)).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[?(@.field == 'attributes.grade')]").exists()
        .jsonPath("$.errors[?(@.field == 'skus[0].barcode')]").exists();
  }

  @Test
  void validatesPricesAndStock() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var content = Fixtures.keemun("KM-3");
    content.put("skus", List.of(Map.of("code", "KM-3", "spec", "250g", "priceFen", 0, "stock", -1)));
    owner.post("/api/products", Map.of("producerId", producer, "content", content)).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[?(@.field == 'content.skus[0].priceFen')]").exists()
        .jsonPath("$.errors[?(@.field == 'content.skus[0].stock')]").exists();
  }

  @Test
  void storesDescriptionsWithoutScript() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var content = Fixtures.keemun("KM-" + Browserless.uniqueName(""));
    content.put("descriptionZh", "<p>祁门香</p><script>alert('x')</script><img src=x onerror=alert(1)>");
    owner.post("/api/products", Map.of("producerId", producer, "content", content)).expectStatus().isCreated().expectBody()
        .jsonPath("$.content.descriptionZh").value(html -> assertThat((String) html).contains("祁门香").doesNotContain("script", "onerror", "alert"));
  }

  @Test
  void keepsSkuCodesUniqueAcrossAProducersProducts() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    String code = "KM-" + Browserless.uniqueName("");
    draft(owner, producer, Fixtures.keemun(code));
    owner.post("/api/products", Map.of("producerId", producer, "content", Fixtures.keemun(code))).expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/sku-code-taken");
  }

  @Test
  void hidesDraftsFromOtherProducersAndFromReviewersElsewhere() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    String id = draft(owner, producer, Fixtures.keemun("KM-" + Browserless.uniqueName("")));

    var other = Fixtures.producerAccount(web);
    other.get("/api/products/" + id).expectStatus().isNotFound();
    other.post("/api/products/" + id + "/submit", Map.of()).expectStatus().isNotFound();
    new Browserless(web).get("/api/pavilion/products/" + id).expectStatus().isNotFound();
    owner.post("/api/products/" + id + "/submit", Map.of()).expectStatus().isOk();
    assertThat(queueIds(Fixtures.reviewer(web, "341024"))).contains(id);
    assertThat(queueIds(Fixtures.reviewer(web, "341023"))).doesNotContain(id);
    Fixtures.reviewer(web, "341023").post("/api/reviews/products/" + id + "/approve", Map.of()).expectStatus().isNotFound();
    Fixtures.reviewer(web, "341024").get("/api/products/" + id).expectStatus().isOk();
  }

  @Test
  void namesTheStateWhenAStepIsIllegal() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    String id = draft(owner, producer, Fixtures.keemun("KM-" + Browserless.uniqueName("")));
    owner.post("/api/products/" + id + "/publish", Map.of()).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/illegal-product-transition")
        .jsonPath("$.detail").value(d -> assertThat((String) d).contains("DRAFT"));
  }

  @Test
  void letsOnlyOneOfTwoConcurrentEditsWin() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    String code = "KM-" + Browserless.uniqueName("");
    String id = draft(owner, producer, Fixtures.keemun(code));
    owner.put("/api/products/" + id + "?version=0", Fixtures.keemun(code)).expectStatus().isOk();
    owner.put("/api/products/" + id + "?version=0", Fixtures.keemun(code)).expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/stale-version");
  }

  private String published(Browserless owner, Browserless reviewer, String producer) {
    String id = draft(owner, producer, Fixtures.keemun("KM-" + Browserless.uniqueName("")));
    owner.post("/api/products/" + id + "/submit", Map.of()).expectStatus().isOk();
    reviewer.post("/api/reviews/products/" + id + "/approve", Map.of()).expectStatus().isOk();
    owner.post("/api/products/" + id + "/publish", Map.of()).expectStatus().isOk();
    return id;
  }

  private static String draft(Browserless owner, String producer, Map<String, Object> content) {
    return owner.post("/api/products", Map.of("producerId", producer, "content", content)).expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
  }

  @SuppressWarnings("unchecked")
  private static List<String> queueIds(Browserless reviewer) {
    List<Map<String, Object>> queue = reviewer.get("/api/reviews/products").expectStatus().isOk()
        .expectBody(List.class).returnResult().getResponseBody();
    return queue.stream().map(p -> p.get("id").toString()).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> product(Browserless owner, String id) {
    return owner.get("/api/products/" + id).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
  }

  private static long version(Browserless owner, String id) {
    return ((Number) product(owner, id).get("version")).longValue();
  }

  @SuppressWarnings("unchecked")
  private static String skuCode(Browserless owner, String id) {
    var content = (Map<String, Object>) product(owner, id).get("content");
    return ((List<Map<String, Object>>) content.get("skus")).get(0).get("code").toString();
  }
}
