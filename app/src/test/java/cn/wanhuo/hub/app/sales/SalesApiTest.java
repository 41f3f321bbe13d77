package cn.wanhuo.hub.app.sales;

import static cn.wanhuo.hub.app.sales.SalesFixtures.at;
import static cn.wanhuo.hub.app.sales.SalesFixtures.campaignWithApprovedTea;
import static cn.wanhuo.hub.app.sales.SalesFixtures.later;
import static cn.wanhuo.hub.app.sales.SalesFixtures.line;
import static cn.wanhuo.hub.app.sales.SalesFixtures.orderId;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.campaigns.CampaignFixtures;
import cn.wanhuo.hub.app.sales.SalesFixtures.Sold;
import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.promotions.sales.SaleLineState;
import cn.wanhuo.hub.promotions.sales.SalesLedger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/** The sales API: the campaign dashboard, GMV over time, the producer's view and who may read what. */
@HubTest
@SuppressWarnings("unchecked")
class SalesApiTest {

  @Autowired WebTestClient web;
  @Autowired SalesLedger ledger;

  /** Three JD lines in two orders, one pavilion line two hours later, and one refunded JD line. */
  private Sold soldCampaign() {
    var sold = campaignWithApprovedTea(web);
    String first = orderId();
    var refunded = line(sold, orderId(), "1", 5, "buyer-c");
    var lines = List.of(line(sold, first, "1", 1, "buyer-a"), line(sold, first, "2", 2, "buyer-a"), line(sold, orderId(), "1", 1, "buyer-b"),
        at(line(sold, orderId(), "1", 4, "buyer-a"), Channel.PAVILION, sold.startAt().plusSeconds(3 * 3_600)), refunded);
    ledger.recordAll(lines).then(ledger.record(later(refunded, SaleLineState.REFUNDED, 60))).as(StepVerifier::create).expectNextCount(1)
        .verifyComplete();
    return sold;
  }

  @Test
  void showsOrganizersTheCampaignsLiveFiguresAndProgressToTarget() {
    var sold = soldCampaign();
    sold.organizer().get("/api/sales/campaigns/" + sold.campaignId()).expectStatus().isOk().expectBody()
        .jsonPath("$.gmvFen").isEqualTo(8 * 9_900)
        .jsonPath("$.units").isEqualTo(8)
        .jsonPath("$.orders").isEqualTo(3)
        .jsonPath("$.buyers").isEqualTo(3)
        .jsonPath("$.gmvTargetFen").isEqualTo(50_000_000)
        .jsonPath("$.progress").isEqualTo(8 * 9_900 / 50_000_000.0)
        .jsonPath("$.byChannel[?(@.key == 'PAVILION')].gmvFen").isEqualTo(4 * 9_900)
        .jsonPath("$.byChannel[?(@.key == 'JD')].gmvFen").isEqualTo(4 * 9_900)
        .jsonPath("$.byChannel[?(@.key == 'JD')].orders").isEqualTo(2)
        .jsonPath("$.byPrefecture[0].key").isEqualTo("341000")
        .jsonPath("$.topProducts[0].productId").isEqualTo(sold.productId())
        .jsonPath("$.topProducts[0].nameZh").isEqualTo("祁门红茶 特级")
        .jsonPath("$.topProducts[0].units").isEqualTo(8);
    sold.organizer().get("/api/sales/campaigns/" + sold.campaignId() + "/channels").expectStatus().isOk().expectBody()
        .jsonPath("$.length()").isEqualTo(2);
    sold.owner().get("/api/sales/campaigns/" + sold.campaignId()).expectStatus().isForbidden().expectBody()
        .jsonPath("$.type").isEqualTo("/problems/forbidden");
    sold.organizer().get("/api/sales/campaigns/no-such-campaign").expectStatus().isNotFound();
  }

  @Test
  void groupsGmvByHourAndDayOfShanghai() {
    var sold = soldCampaign();
    sold.organizer().get("/api/sales/campaigns/" + sold.campaignId() + "/series?bucket=HOUR").expectStatus().isOk().expectBody()
        .jsonPath("$.length()").isEqualTo(2)
        .jsonPath("$[0].gmvFen").isEqualTo(4 * 9_900)
        .jsonPath("$[1].gmvFen").isEqualTo(4 * 9_900)
        .jsonPath("$[0].at").value(at -> assertThat((String) at).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}"));
    sold.organizer().get("/api/sales/campaigns/" + sold.campaignId() + "/series?bucket=DAY").expectStatus().isOk().expectBody()
        .jsonPath("$[*].gmvFen").value(gmv -> assertThat(((List<Number>) gmv).stream().mapToLong(Number::longValue).sum())
            .isEqualTo(8 * 9_900));
    sold.organizer().get("/api/sales/campaigns/" + sold.campaignId() + "/series?bucket=WEEK").expectStatus().isBadRequest()
        .expectHeader().contentType("application/problem+json");
  }

  @Test
  void rebuildsTheCountersToTheSameFigures() {
    var sold = soldCampaign();
    sold.organizer().post("/api/sales/campaigns/" + sold.campaignId() + "/counters/rebuild", Map.of()).expectStatus().isOk().expectBody()
        .jsonPath("$.gmvFen").isEqualTo(8 * 9_900).jsonPath("$.orders").isEqualTo(3).jsonPath("$.buyers").isEqualTo(3);
    sold.owner().post("/api/sales/campaigns/" + sold.campaignId() + "/counters/rebuild", Map.of()).expectStatus().isForbidden();
  }

  @Test
  void showsProducersOnlyTheirOwnProducersSales() {
    var sold = soldCampaign();
    sold.owner().get("/api/sales/producers").expectStatus().isOk().expectBody()
        .jsonPath("$.gmvFen").isEqualTo(8 * 9_900)
        .jsonPath("$.orders").isEqualTo(3)
        .jsonPath("$.byCampaign[0].key").isEqualTo(sold.campaignId())
        .jsonPath("$.campaignNames['" + sold.campaignId() + "'][1]").isEqualTo("Spring tea festival")
        .jsonPath("$.topProducts[0].nameZh").isEqualTo("祁门红茶 特级");
    sold.owner().get("/api/sales/producers?producerId=" + sold.producerId()).expectStatus().isOk().expectBody()
        .jsonPath("$.units").isEqualTo(8);

    var stranger = Fixtures.producerAccount(web);
    stranger.get("/api/sales/producers").expectStatus().isOk().expectBody().jsonPath("$.gmvFen").isEqualTo(0)
        .jsonPath("$.byChannel.length()").isEqualTo(0);
    stranger.get("/api/sales/producers?producerId=" + sold.producerId()).expectStatus().isNotFound().expectBody()
        .jsonPath("$.type").isEqualTo("/problems/producer-not-found");
    sold.organizer().get("/api/sales/producers?producerId=" + sold.producerId()).expectStatus().isOk().expectBody()
        .jsonPath("$.gmvFen").isEqualTo(8 * 9_900);
    new Browserless(web).registerAndLogin(Browserless.uniqueName("buyer"), "CONSUMER").get("/api/sales/producers")
        .expectStatus().isForbidden();
    new Browserless(web).get("/api/sales/producers").expectStatus().isUnauthorized();
  }

  @Test
  void narrowsTheProducersSalesToAPeriodOfShanghaiDays() {
    var sold = soldCampaign();
    LocalDate first = sold.startAt().plusSeconds(3_600).atZone(CampaignFixtures.SHANGHAI).toLocalDate();
    LocalDate last = sold.startAt().plusSeconds(3 * 3_600).atZone(CampaignFixtures.SHANGHAI).toLocalDate();
    sold.owner().get("/api/sales/producers?from=" + first + "&to=" + last).expectStatus().isOk().expectBody()
        .jsonPath("$.units").isEqualTo(8).jsonPath("$.from").isEqualTo(first.toString());
    sold.owner().get("/api/sales/producers?to=" + first.minusDays(1)).expectStatus().isOk().expectBody()
        .jsonPath("$.units").isEqualTo(0);
    sold.owner().get("/api/sales/producers?from=" + last.plusDays(1)).expectStatus().isOk().expectBody()
        .jsonPath("$.units").isEqualTo(0);
  }

  @Test
  void refusesAPeriodEndingBeforeItStarts() {
    var owner = Fixtures.producerAccount(web);
    owner.get("/api/sales/producers?from=2027-03-10&to=2027-03-01").expectStatus().isBadRequest().expectBody()
        .jsonPath("$.type").isEqualTo("/problems/validation-failed")
        .jsonPath("$.errors[0].field").isEqualTo("to");
    owner.get("/api/sales/producers?from=yesterday").expectStatus().isBadRequest();
  }

  @Test
  void documentsTheSalesApiInOpenApi() {
    // The first document is generated on demand, which takes a while on a busy machine.
    web.mutate().responseTimeout(Duration.ofSeconds(60)).build().get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.paths['/api/sales/campaigns/{id}'].get").exists()
        .jsonPath("$.paths['/api/sales/campaigns/{id}/series'].get").exists()
        .jsonPath("$.paths['/api/sales/producers'].get").exists()
        .jsonPath("$.paths['/api/sales/export'].get").exists()
        .jsonPath("$.paths['/api/sales/campaigns/{id}/counters/rebuild'].post").exists();
  }
}
