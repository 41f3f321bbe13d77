package cn.wanhuo.hub.app.catalog;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A published tea's geographical indication, certificates and batches, and the public trace page. */
@HubTest
class ProvenanceTest {

  @Autowired WebTestClient web;

  @Test
  void showsTheTracePageOfAPublishedBatchWithOnlyCurrentCertificatesValid() {
    String trace = "QM" + Browserless.uniqueName("-");
    publish(withProvenance(trace, LocalDate.now().plusYears(1)));

    new Browserless(web).get("/api/pavilion/trace/" + trace).expectStatus().isOk().expectBody()
        .jsonPath("$.productNameZh").isEqualTo("祁门红茶 特级")
        .jsonPath("$.batch.where").isEqualTo("341024")
        .jsonPath("$.batch.who").isEqualTo("祁门县祁红茶业专业合作社 制茶车间")
        .jsonPath("$.geographicalIndication.name").isEqualTo("祁门红茶")
        .jsonPath("$.certificates[?(@.type == 'GREEN_FOOD')].validToday").isEqualTo(List.of(true))
        .jsonPath("$.certificates[?(@.type == 'ORGANIC')].validToday").isEqualTo(List.of(false));
  }

  @Test
  void marksExpiredCertificatesOnThePublishedProduct() {
    String id = publish(withProvenance("QM" + Browserless.uniqueName("-"), LocalDate.now().minusDays(1)));
    new Browserless(web).get("/api/pavilion/products/" + id).expectStatus().isOk().expectBody()
        .jsonPath("$.certificates[?(@.type == 'GREEN_FOOD')].validToday").isEqualTo(List.of(false));
  }

  @Test
  void keepsTracePagesOfUnpublishedProductsPrivate() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    String trace = "QM" + Browserless.uniqueName("-");
    owner.post("/api/products", Map.of("producerId", producer, "content", withProvenance(trace, LocalDate.now().plusYears(1))))
        .expectStatus().isCreated();
    new Browserless(web).get("/api/pavilion/trace/" + trace).expectStatus().isNotFound();
  }

  @Test
  void refusesCertificatesThatEndBeforeTheyStart() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var content = withProvenance("QM" + Browserless.uniqueName("-"), LocalDate.now().minusYears(5));
    owner.post("/api/products", Map.of("producerId", producer, "content", content)).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[?(@.field == 'provenance.certificates[0].validTo')]").exists();
  }

  @Test
  @SuppressWarnings("unchecked")
  void attachesCertificateScansUploadedForTheSameProductOnly() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var content = withProvenance("QM" + Browserless.uniqueName("-"), LocalDate.now().plusYears(1));
    String id = draft(owner, producer, content);
    String otherProduct = draft(owner, producer, withProvenance("QM" + Browserless.uniqueName("-"), LocalDate.now().plusYears(1)));

    owner.postFile("/api/products/" + id + "/certificate-scans", "scan.txt", "not a scan".getBytes()).expectStatus().isEqualTo(422)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/unacceptable-file");
    String scan = owner.postFile("/api/products/" + id + "/certificate-scans", "green-food.pdf", "%PDF-1.7\n%scan".getBytes())
        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("fileId").toString();
    String foreignScan = owner.postFile("/api/products/" + otherProduct + "/certificate-scans", "other.png", Fixtures.PNG)
        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("fileId").toString();

    var certificates = (List<Map<String, Object>>) ((Map<String, Object>) content.get("provenance")).get("certificates");
    var withForeignScan = withScan(content, certificates, foreignScan);
    owner.put("/api/products/" + id + "?version=0", withForeignScan).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("provenance.certificates[0].scanFileId");
    owner.put("/api/products/" + id + "?version=0", withScan(content, certificates, scan)).expectStatus().isOk().expectBody()
        .jsonPath("$.content.provenance.certificates[0].scanFileId").isEqualTo(scan);

    owner.get("/api/products/" + id + "/certificate-scans/" + scan).expectStatus().isOk()
        .expectHeader().contentType("application/pdf").expectHeader().cacheControl(org.springframework.http.CacheControl.noStore());
    Fixtures.reviewer(web, "341024").get("/api/products/" + id + "/certificate-scans/" + scan).expectStatus().isOk();
    Fixtures.reviewer(web, "341003").get("/api/products/" + id + "/certificate-scans/" + scan).expectStatus().isNotFound();
    Fixtures.producerAccount(web).get("/api/products/" + id + "/certificate-scans/" + scan).expectStatus().isNotFound();
    owner.get("/api/products/" + otherProduct + "/certificate-scans/" + scan).expectStatus().isNotFound();
    new Browserless(web).get("/api/pavilion/images/" + scan).expectStatus().isNotFound();
  }

  @Test
  void refusesAScanOnANewDraft() {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    var content = withProvenance("QM" + Browserless.uniqueName("-"), LocalDate.now().plusYears(1));
    @SuppressWarnings("unchecked")
    var certificates = (List<Map<String, Object>>) ((Map<String, Object>) content.get("provenance")).get("certificates");
    owner.post("/api/products", Map.of("producerId", producer, "content", withScan(content, certificates, "64b000000000000000000000")))
        .expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("provenance.certificates[0].scanFileId");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withScan(Map<String, Object> content, List<Map<String, Object>> certificates, String scan) {
    var first = new HashMap<>(certificates.get(0));
    first.put("scanFileId", scan);
    var provenance = new HashMap<>((Map<String, Object>) content.get("provenance"));
    provenance.put("certificates", List.of(first, certificates.get(1)));
    var changed = new HashMap<>(content);
    changed.put("provenance", provenance);
    return changed;
  }

  private static String draft(Browserless owner, String producer, Map<String, Object> content) {
    return owner.post("/api/products", Map.of("producerId", producer, "content", content)).expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
  }

  private String publish(Map<String, Object> content) {
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, "341000", "341024");
    String id = owner.post("/api/products", Map.of("producerId", producer, "content", content)).expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    owner.post("/api/products/" + id + "/submit", Map.of()).expectStatus().isOk();
    new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD).post("/api/reviews/products/" + id + "/approve", Map.of()).expectStatus().isOk();
    owner.post("/api/products/" + id + "/publish", Map.of()).expectStatus().isOk();
    return id;
  }

  private static Map<String, Object> withProvenance(String traceCode, LocalDate greenFoodValidTo) {
    var content = new HashMap<>(Fixtures.keemun("PV-" + Browserless.uniqueName("")));
    var greenFood = new HashMap<String, Object>(Map.of("type", "GREEN_FOOD", "number", "LB-15-2104130234A", "issuer", "中国绿色食品发展中心",
        "validFrom", LocalDate.now().minusYears(2).toString(), "validTo", greenFoodValidTo.toString()));
    var organic = Map.of("type", "ORGANIC", "number", "ORG-2020-001", "issuer", "某认证机构",
        "validFrom", "2020-01-01", "validTo", "2021-01-01");
    content.put("provenance", Map.of(
        "geographicalIndication", Map.of("name", "祁门红茶", "registrationNumber", "GI-2008-1142"),
        "certificates", List.of(greenFood, organic),
        "batches", List.of(Map.of("traceCode", traceCode, "what", "2026 春茶 特级", "where", "341024",
            "when", "2026-04-02", "who", "祁门县祁红茶业专业合作社 制茶车间", "quantity", "300 kg"))));
    return content;
  }
}
