package cn.wanhuo.hub.app.campaigns;

import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.HEFEI;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.FEIXI;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.HUANGSHAN;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.JINZHAI;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.LUAN;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.QIMEN;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.enrol;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.enrolment;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.hoursFromNow;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.opened;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.springTea;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Producers enrol eligible SKUs within the rules; deciders approve (reserving stock) or reject with a reason. */
@HubTest
@SuppressWarnings("unchecked")
class EnrolmentTest {

  @Autowired WebTestClient web;

  @Test
  void enrolsAnEligibleGiTeaAndTheOrganizerApprovesReservingTheQuota() {
    var organizer = Fixtures.organizer(web);
    String campaign = opened(organizer, springTea(hoursFromNow(24), hoursFromNow(72)));
    var owner = Fixtures.producerAccount(web);
    String sku = "QM-" + Browserless.uniqueName("");
    String[] ids = CampaignFixtures.giTeaProducer(web, owner, HUANGSHAN, QIMEN, sku);

    owner.get("/api/campaigns/open?producerId=" + ids[0]).expectStatus().isOk().expectBody()
        .jsonPath("$[?(@.campaign.id == '" + campaign + "')].eligibleProducts[0].skus[0].available").isEqualTo(120);
    String enrolment = enrol(owner, campaign, ids[1], sku, 9900, 50);
    organizer.get("/api/enrolments?campaignId=" + campaign).expectStatus().isOk().expectBody()
        .jsonPath("$.items[0].status").isEqualTo("PENDING")
        .jsonPath("$.items[0].sku.listPriceFen").isEqualTo(12800)
        .jsonPath("$.items[0].sku.stock").isEqualTo(120)
        .jsonPath("$.items[0].product.producerNameZh").isEqualTo("祁门县祁红茶业专业合作社")
        .jsonPath("$.items[0].campaign.nameEn").isEqualTo("Spring tea festival");

    organizer.post("/api/enrolments/" + enrolment + "/approve", Map.of()).expectStatus().isOk().expectBody()
        .jsonPath("$.status").isEqualTo("APPROVED").jsonPath("$.reservation").isEqualTo("ACTIVE");
    owner.get("/api/campaigns/open?producerId=" + ids[0]).expectStatus().isOk().expectBody()
        .jsonPath("$[?(@.campaign.id == '" + campaign + "')].eligibleProducts[0].skus[0].available").isEqualTo(70)
        .jsonPath("$[?(@.campaign.id == '" + campaign + "')].eligibleProducts[0].skus[0].enrolmentStatus").isEqualTo("APPROVED");
    organizer.post("/api/enrolments/" + enrolment + "/approve", Map.of()).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/illegal-enrolment-transition").jsonPath("$.currentStatus").isEqualTo("APPROVED");
  }

  @Test
  void refusesProductsOutsideTheEligibilityListingEveryReason() {
    var organizer = Fixtures.organizer(web);
    String campaign = opened(organizer, springTea(hoursFromNow(24), hoursFromNow(72)));
    var owner = Fixtures.producerAccount(web);
    String producer = Fixtures.verifiedProducer(web, owner, HEFEI, FEIXI);
    String sku = "HF-" + Browserless.uniqueName("");
    String plainTea = Fixtures.publishedProduct(web, owner, producer, Fixtures.keemun(sku));
    owner.post("/api/enrolments", enrolment(campaign, plainTea, sku, 9900, 10, 2)).expectStatus().isEqualTo(422).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/not-eligible")
        .jsonPath("$.reasons").value(reasons -> assertThat((List<Object>) reasons).containsExactly("REGION", "GEOGRAPHICAL_INDICATION"));
    organizer.get("/api/enrolments?campaignId=" + campaign).expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
  }

  @Test
  void checksPriceQuotaAndLimitAgainstTheSku() {
    var organizer = Fixtures.organizer(web);
    String campaign = opened(organizer, springTea(hoursFromNow(24), hoursFromNow(72)));
    var owner = Fixtures.producerAccount(web);
    String sku = "LA-" + Browserless.uniqueName("");
    String[] ids = CampaignFixtures.giTeaProducer(web, owner, LUAN, JINZHAI, sku);
    owner.post("/api/enrolments", enrolment(campaign, ids[1], sku, 12800, 121, 122)).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields)
            .containsExactlyInAnyOrder("campaignPriceFen", "quota", "perBuyerLimit"));
    owner.post("/api/enrolments", enrolment(campaign, ids[1], "NO-SUCH-SKU", 100, 1, 1)).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("skuCode");
    owner.post("/api/enrolments", Map.of("campaignId", campaign, "productId", ids[1], "skuCode", sku, "campaignPriceFen", -1,
        "quota", 0, "perBuyerLimit", 1)).expectStatus().isBadRequest();
    var stranger = Fixtures.producerAccount(web);
    stranger.post("/api/enrolments", enrolment(campaign, ids[1], sku, 9900, 10, 2)).expectStatus().isNotFound();
  }

  @Test
  void refusesTheSameSkuInAnOverlappingCampaignNamingIt() {
    var organizer = Fixtures.organizer(web);
    var first = springTea(hoursFromNow(24), hoursFromNow(72));
    String firstId = opened(organizer, first);
    String overlapping = opened(organizer, springTea(hoursFromNow(48), hoursFromNow(96)));
    String later = opened(organizer, springTea(hoursFromNow(100), hoursFromNow(120)));
    var owner = Fixtures.producerAccount(web);
    String sku = "OV-" + Browserless.uniqueName("");
    String[] ids = CampaignFixtures.giTeaProducer(web, owner, HUANGSHAN, QIMEN, sku);

    enrol(owner, firstId, ids[1], sku, 9900, 10);
    owner.post("/api/enrolments", enrolment(overlapping, ids[1], sku, 9900, 10, 2)).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/enrolment-overlap")
        .jsonPath("$.conflictingCampaignId").isEqualTo(firstId)
        .jsonPath("$.conflictingCampaignName").isEqualTo(first.get("nameZh"));
    owner.post("/api/enrolments", enrolment(firstId, ids[1], sku, 9800, 10, 2)).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.conflictingCampaignId").isEqualTo(firstId);
    enrol(owner, later, ids[1], sku, 9900, 10);
  }

  @Test
  void approvalsCannotReserveMoreThanTheStockAndWithdrawalReleases() {
    var organizer = Fixtures.organizer(web);
    String a = opened(organizer, springTea(hoursFromNow(24), hoursFromNow(48)));
    String b = opened(organizer, springTea(hoursFromNow(60), hoursFromNow(80)));
    var owner = Fixtures.producerAccount(web);
    String sku = "RS-" + Browserless.uniqueName("");
    String[] ids = CampaignFixtures.giTeaProducer(web, owner, HUANGSHAN, QIMEN, sku);
    String first = enrol(owner, a, ids[1], sku, 9900, 100);
    String second = enrol(owner, b, ids[1], sku, 9900, 100);
    organizer.post("/api/enrolments/" + first + "/approve", Map.of()).expectStatus().isOk();
    organizer.post("/api/enrolments/" + second + "/approve", Map.of()).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/quota-exceeds-stock").jsonPath("$.available").isEqualTo(20);

    owner.post("/api/enrolments/" + first + "/withdraw", Map.of()).expectStatus().isOk().expectBody()
        .jsonPath("$.status").isEqualTo("WITHDRAWN").jsonPath("$.reservation").isEqualTo("RELEASED");
    organizer.post("/api/enrolments/" + second + "/approve", Map.of()).expectStatus().isOk();
  }

  @Test
  void theCatalogRefusesAStockBelowWhatCampaignsHold() {
    var organizer = Fixtures.organizer(web);
    String campaign = opened(organizer, springTea(hoursFromNow(24), hoursFromNow(48)));
    var owner = Fixtures.producerAccount(web);
    String sku = "HD-" + Browserless.uniqueName("");
    String[] ids = CampaignFixtures.giTeaProducer(web, owner, HUANGSHAN, QIMEN, sku);
    organizer.post("/api/enrolments/" + enrol(owner, campaign, ids[1], sku, 9900, 80) + "/approve", Map.of()).expectStatus().isOk();

    var content = CampaignFixtures.giTea(sku);
    content.put("skus", List.of(Map.of("code", sku, "spec", "250g 礼盒", "priceFen", 12800, "stock", 79)));
    owner.put("/api/products/" + ids[1] + "?version=" + version(owner, ids[1]), content).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("skus[0].stock")
        .jsonPath("$.errors[0].message").value(message -> assertThat(message.toString()).contains("80"));
    content.put("skus", List.of(Map.of("code", sku, "spec", "250g 礼盒", "priceFen", 12800, "stock", 80)));
    owner.put("/api/products/" + ids[1] + "?version=" + version(owner, ids[1]), content).expectStatus().isOk();
  }

  private static long version(Browserless owner, String product) {
    return ((Number) owner.get("/api/products/" + product).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
        .get("version")).longValue();
  }

  @Test
  void reviewersDecideForTheirRegionOnlyAndRejectionsCarryTheReason() {
    var organizer = Fixtures.organizer(web);
    String campaign = opened(organizer, springTea(hoursFromNow(24), hoursFromNow(48)));
    var owner = Fixtures.producerAccount(web);
    String sku = "RV-" + Browserless.uniqueName("");
    String[] ids = CampaignFixtures.giTeaProducer(web, owner, HUANGSHAN, QIMEN, sku);
    String enrolment = enrol(owner, campaign, ids[1], sku, 9900, 10);

    var luan = Fixtures.reviewer(web, LUAN);
    luan.post("/api/enrolments/" + enrolment + "/reject", Map.of("reason", "不在辖区")).expectStatus().isNotFound();
    luan.get("/api/enrolments?campaignId=" + campaign).expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
    var huangshan = Fixtures.reviewer(web, HUANGSHAN);
    huangshan.post("/api/enrolments/" + enrolment + "/reject", Map.of("reason", "")).expectStatus().isBadRequest();
    huangshan.post("/api/enrolments/" + enrolment + "/reject", Map.of("reason", "活动价过低")).expectStatus().isOk();
    owner.get("/api/enrolments?producerId=" + ids[0]).expectStatus().isOk().expectBody()
        .jsonPath("$.items[0].status").isEqualTo("REJECTED")
        .jsonPath("$.items[0].reason").isEqualTo("活动价过低")
        .jsonPath("$.items[0].reservation").isEqualTo("NONE");
    owner.get("/api/enrolments").expectStatus().isBadRequest();
  }

  @Test
  void takesNoEnrolmentOnceClosed() {
    var organizer = Fixtures.organizer(web);
    String campaign = opened(organizer, springTea(hoursFromNow(24), hoursFromNow(48)));
    organizer.post("/api/campaigns/" + campaign + "/close", Map.of()).expectStatus().isOk();
    var owner = Fixtures.producerAccount(web);
    String sku = "CL-" + Browserless.uniqueName("");
    String[] ids = CampaignFixtures.giTeaProducer(web, owner, HUANGSHAN, QIMEN, sku);
    owner.post("/api/enrolments", enrolment(campaign, ids[1], sku, 9900, 10, 2)).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/enrolment-closed").jsonPath("$.currentStatus").isEqualTo("CLOSED");
  }
}
