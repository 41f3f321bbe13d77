package cn.wanhuo.hub.app.catalog;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@HubTest
class ProductGalleryTest {

  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1};

  @Autowired WebTestClient web;

  @Test
  void servesGalleryImagesWithLongLivedCaching() {
    var owner = Fixtures.producerAccount(web);
    String id = draft(owner);
    String image = imageIds(owner.postFile(uriOf(id), "cover.jpg", JPEG)).get(0);

    new Browserless(web).get("/api/pavilion/images/" + image).expectStatus().isOk()
        .expectHeader().contentType("image/jpeg")
        .expectHeader().valueMatches("Cache-Control", ".*max-age=31536000.*immutable.*")
        .expectHeader().exists("ETag");
    web.get().uri("/api/pavilion/images/" + image).header("If-None-Match", "\"" + image + "\"").exchange()
        .expectStatus().isNotModified();
  }

  @Test
  void refusesFilesThatAreNotImages() {
    var owner = Fixtures.producerAccount(web);
    String id = draft(owner);
    owner.postFile(uriOf(id), "cover.jpg", "<?php echo 1; ?>".getBytes()).expectStatus().isEqualTo(422)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/unacceptable-file");
    owner.postFile(uriOf(id), "licence.pdf", "%PDF-1.7 not a picture".getBytes()).expectStatus().isEqualTo(422);
  }

  @Test
  void reordersOnlyTheImagesTheProductHas() {
    var owner = Fixtures.producerAccount(web);
    String id = draft(owner);
    owner.postFile(uriOf(id), "a.png", Fixtures.PNG).expectStatus().isOk();
    List<String> both = imageIds(owner.postFile(uriOf(id), "b.jpg", JPEG));
    owner.put("/api/products/" + id + "/images", Map.of("images", List.of(both.get(1), both.get(0)))).expectStatus().isOk()
        .expectBody().jsonPath("$.images[0]").isEqualTo(both.get(1));
    owner.put("/api/products/" + id + "/images", Map.of("images", List.of(both.get(0)))).expectStatus().isEqualTo(422);
  }

  @Test
  void neverServesOtherUploadsAsProductImages() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.registeredProducer(owner, "341000", "341024");
    var withLicence = owner.putFile("/api/producers/" + producer + "/licence", "licence.png", Fixtures.PNG).expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    new Browserless(web).get("/api/pavilion/images/" + withLicence.get("licenceFileId")).expectStatus().isNotFound();
  }

  @Test
  void keepsOtherProducersOutOfTheGallery() {
    String id = draft(Fixtures.producerAccount(web));
    Fixtures.producerAccount(web).postFile(uriOf(id), "mine.png", Fixtures.PNG).expectStatus().isNotFound();
  }

  private String draft(Browserless owner) {
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    return owner.post("/api/products", Map.of("producerId", producer, "content", Fixtures.keemun("G-" + Browserless.uniqueName(""))))
        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
  }

  private static String uriOf(String productId) {
    return "/api/products/" + productId + "/images";
  }

  @SuppressWarnings("unchecked")
  private static List<String> imageIds(WebTestClient.ResponseSpec response) {
    return (List<String>) response.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("images");
  }
}
