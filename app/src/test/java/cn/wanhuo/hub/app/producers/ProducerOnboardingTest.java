package cn.wanhuo.hub.app.producers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A producer registers, uploads its licence and is verified or rejected by the reviewer of its region. */
@HubTest
class ProducerOnboardingTest {

  static final byte[] PNG = Fixtures.PNG;

  @Autowired WebTestClient web;

  @Test
  void registersAProducerAwaitingItsLicence() {
    producer().post("/api/producers", profile(creditCode(), "341000", "341024")).expectStatus().isCreated().expectBody()
        .jsonPath("$.verification").isEqualTo("AWAITING_LICENCE")
        .jsonPath("$.profile.legalNameZh").isEqualTo("祁门县祁红茶业专业合作社");
  }

  @Test
  void rejectsACreditCodeWithAWrongCheckCharacter() {
    String code = creditCode();
    String broken = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    producer().post("/api/producers", profile(broken, "341000", "341024")).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("creditCode");
  }

  @Test
  void rejectsACountyOutsideThePrefecture() {
    producer().post("/api/producers", profile(creditCode(), "341500", "341024")).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("countyCode");
  }

  @Test
  void refusesASecondProducerWithTheSameCreditCode() {
    String code = creditCode();
    producer().post("/api/producers", profile(code, "341000", null)).expectStatus().isCreated();
    producer().post("/api/producers", profile(code, "341000", null)).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/credit-code-taken");
  }

  @Test
  void keepsProducerRegistrationForProducerAccounts() {
    new Browserless(web).registerAndLogin(Browserless.uniqueName("shopper"), "CONSUMER")
        .post("/api/producers", profile(creditCode(), "341000", null)).expectStatus().isForbidden();
  }

  @Test
  void acceptsOnlyImageOrPdfLicences() {
    var owner = producer();
    String id = register(owner, "341000", "341024");
    owner.putFile("/api/producers/" + id + "/licence", "licence.png", "just text, not a scan".getBytes()).expectStatus().isEqualTo(422)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/unacceptable-file");
    owner.putFile("/api/producers/" + id + "/licence", "licence.png", new byte[6 * 1024 * 1024]).expectStatus().isEqualTo(422);
    owner.putFile("/api/producers/" + id + "/licence", "licence.png", PNG).expectStatus().isOk().expectBody()
        .jsonPath("$.verification").isEqualTo("SUBMITTED");
    owner.get("/api/producers/" + id + "/licence").expectStatus().isOk().expectHeader().contentType("image/png");
  }

  @Test
  void showsEachReviewerOnlyProducersOfTheirRegion() {
    var owner = producer();
    String id = submitted(owner, "341000", "341024");
    var qimen = reviewer("341024");
    var yixian = reviewer("341023");
    var huangshan = reviewer("341000");

    assertThat(queueIds(qimen)).contains(id);
    assertThat(queueIds(huangshan)).contains(id);
    assertThat(queueIds(yixian)).doesNotContain(id);
    yixian.post("/api/reviews/producers/" + id + "/verify", Map.of()).expectStatus().isNotFound();
    yixian.get("/api/producers/" + id + "/licence").expectStatus().isNotFound();
  }

  @Test
  void letsTheProducerResubmitAfterARejection() {
    var owner = producer();
    String id = submitted(owner, "341000", "341024");
    var reviewer = reviewer("341024");

    reviewer.post("/api/reviews/producers/" + id + "/reject", Map.of("reason", "营业执照照片模糊，请重新上传")).expectStatus().isOk();
    owner.get("/api/producers/" + id).expectStatus().isOk().expectBody()
        .jsonPath("$.verification").isEqualTo("REJECTED")
        .jsonPath("$.rejectionReason").isEqualTo("营业执照照片模糊，请重新上传");
    reviewer.post("/api/reviews/producers/" + id + "/verify", Map.of()).expectStatus().isEqualTo(409);

    owner.putFile("/api/producers/" + id + "/licence", "licence-clear.png", PNG).expectStatus().isOk();
    reviewer.post("/api/reviews/producers/" + id + "/verify", Map.of()).expectStatus().isOk().expectBody()
        .jsonPath("$.verification").isEqualTo("VERIFIED")
        .jsonPath("$.rejectionReason").doesNotExist()
        .jsonPath("$.history[*].action").isEqualTo(List.of("registered", "licence-uploaded", "rejected", "licence-uploaded", "verified"))
        .jsonPath("$.history[2].note").isEqualTo("营业执照照片模糊，请重新上传");
  }

  @Test
  void keepsTheVerifiedProfileSoTheNextReviewSeesWhatChanged() {
    var owner = producer();
    String id = submitted(owner, "341000", "341024");
    var reviewer = reviewer("341024");
    reviewer.post("/api/reviews/producers/" + id + "/verify", Map.of()).expectStatus().isOk().expectBody()
        .jsonPath("$.verifiedProfile.countyCode").isEqualTo("341024");
    long version = ((Number) owner.get("/api/producers/" + id).expectStatus().isOk().expectBody(Map.class).returnResult()
        .getResponseBody().get("version")).longValue();
    var changed = new java.util.HashMap<>(owner.get("/api/producers/" + id).expectStatus().isOk().expectBody(Map.class).returnResult()
        .getResponseBody());
    @SuppressWarnings("unchecked")
    var profile = new java.util.HashMap<String, Object>((Map<String, Object>) changed.get("profile"));
    profile.put("address", "安徽省黄山市祁门县新址 1 号");
    owner.put("/api/producers/" + id + "?version=" + version, profile).expectStatus().isOk();

    reviewer.get("/api/reviews/producers").expectStatus().isOk().expectBody()
        .jsonPath("$[?(@.id == '" + id + "')].verification").isEqualTo("SUBMITTED")
        .jsonPath("$[?(@.id == '" + id + "')].profile.address").isEqualTo("安徽省黄山市祁门县新址 1 号")
        .jsonPath("$[?(@.id == '" + id + "')].verifiedProfile.address").value(before ->
            assertThat(before.toString()).doesNotContain("新址").contains("安徽"));
  }

  @Test
  void setsALogoThatEveryoneCanSeeWithoutLosingTheVerification() {
    var owner = producer();
    String id = submitted(owner, "341000", "341024");
    reviewer("341024").post("/api/reviews/producers/" + id + "/verify", Map.of()).expectStatus().isOk();

    owner.putFile("/api/producers/" + id + "/logo", "logo.pdf", "%PDF-1.7".getBytes()).expectStatus().isEqualTo(422);
    owner.putFile("/api/producers/" + id + "/logo", "logo.png", new byte[3 * 1024 * 1024]).expectStatus().isEqualTo(422);
    String logo = owner.putFile("/api/producers/" + id + "/logo", "logo.png", PNG).expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody().get("logoFileId").toString();
    owner.get("/api/producers/" + id).expectStatus().isOk().expectBody()
        .jsonPath("$.verification").isEqualTo("VERIFIED")
        .jsonPath("$.history[-1].action").isEqualTo("logo-changed");
    new Browserless(web).get("/api/pavilion/images/" + logo).expectStatus().isOk().expectHeader().contentType("image/png");
    producer().putFile("/api/producers/" + id + "/logo", "logo.png", PNG).expectStatus().isNotFound();
  }

  @Test
  void hidesOneProducersRecordsFromAnother() {
    String id = register(producer(), "341000", null);
    var other = producer();
    other.get("/api/producers/" + id).expectStatus().isNotFound();
    other.put("/api/producers/" + id + "?version=0", profile(creditCode(), "341000", null)).expectStatus().isNotFound();
  }

  @Test
  void letsOnlyOneOfTwoConcurrentEditsWin() {
    var owner = producer();
    String id = register(owner, "341000", null);
    owner.put("/api/producers/" + id + "?version=0", profile(creditCode(), "341000", "341003")).expectStatus().isOk()
        .expectBody().jsonPath("$.history[1].action").isEqualTo("edited")
        .jsonPath("$.history[1].changedFields").isEqualTo(List.of("creditCode", "countyCode"));
    owner.put("/api/producers/" + id + "?version=0", profile(creditCode(), "341000", "341004")).expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/stale-version");
  }

  private Browserless producer() {
    return Fixtures.producerAccount(web);
  }

  private Browserless reviewer(String scope) {
    return Fixtures.reviewer(web, scope);
  }

  private static String register(Browserless owner, String prefecture, String county) {
    return Fixtures.registeredProducer(owner, prefecture, county);
  }

  private static String submitted(Browserless owner, String prefecture, String county) {
    String id = register(owner, prefecture, county);
    owner.putFile("/api/producers/" + id + "/licence", "licence.png", PNG).expectStatus().isOk();
    return id;
  }

  @SuppressWarnings("unchecked")
  private static List<String> queueIds(Browserless reviewer) {
    List<Map<String, Object>> queue = reviewer.get("/api/reviews/producers").expectStatus().isOk()
        .expectBody(List.class).returnResult().getResponseBody();
    return queue.stream().map(p -> p.get("id").toString()).toList();
  }

  private static String creditCode() {
    return Fixtures.creditCode();
  }

  private static Map<String, Object> profile(String creditCode, String prefecture, String county) {
    return Fixtures.producerProfile(creditCode, prefecture, county);
  }
}
