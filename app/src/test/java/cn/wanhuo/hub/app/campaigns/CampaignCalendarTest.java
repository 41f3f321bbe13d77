package cn.wanhuo.hub.app.campaigns;

import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.HUANGSHAN;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.QIMEN;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.create;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.enrol;
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

/** The organizer's calendar: campaigns of the range, the tea harvest windows and conflicts between campaigns. */
@HubTest
@SuppressWarnings("unchecked")
class CampaignCalendarTest {

  @Autowired WebTestClient web;

  @Test
  void marksTheHarvestWindowsAndTheConflictsOfTheRange() {
    var organizer = Fixtures.organizer(web);
    // Far enough ahead that no other test's campaign lands in the range.
    String spring = opened(organizer, springTea("2031-03-20T08:00", "2031-04-20T22:00"));
    String tea = opened(organizer, springTea("2031-04-01T08:00", "2031-04-10T22:00"));
    var silk = springTea("2031-04-01T08:00", "2031-04-10T22:00");
    silk.put("eligibility", Map.of("categories", List.of("SILK")));
    String silkId = create(organizer, silk);
    var elsewhere = springTea("2031-04-01T08:00", "2031-04-10T22:00");
    elsewhere.put("channels", List.of());
    elsewhere.put("eligibility", Map.of("categories", List.of("TEA"), "regions", List.of("340100")));
    String hefei = create(organizer, elsewhere);

    organizer.get("/api/campaigns/calendar?from=2031-03-01&to=2031-04-30").expectStatus().isOk().expectBody()
        .jsonPath("$.campaigns[*].id").value(ids -> assertThat((List<Object>) ids).contains(spring, tea, silkId, hefei))
        .jsonPath("$.harvestWindows[0].kind").isEqualTo("PRE_QINGMING")
        .jsonPath("$.harvestWindows[0].to").isEqualTo("2031-04-04")
        .jsonPath("$.harvestWindows[1].kind").isEqualTo("PRE_GUYU")
        .jsonPath("$.harvestWindows[1].to").isEqualTo("2031-04-19")
        .jsonPath("$.conflicts[?(@.reason == 'OVERLAPPING_ELIGIBILITY')].campaignIds").value(pairs -> assertThat((List<Object>) pairs)
            .containsExactly(List.of(spring, tea)));

    organizer.get("/api/campaigns/calendar?from=2031-03-01&to=2031-04-30&channel=JD").expectStatus().isOk().expectBody()
        .jsonPath("$.campaigns[*].id").value(ids -> assertThat((List<Object>) ids).doesNotContain(hefei));
    organizer.get("/api/campaigns/calendar?from=2031-03-01&to=2031-06-30").expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("to");
  }

  @Test
  void backToBackCampaignsSharingASkuDoNotConflict() {
    var organizer = Fixtures.organizer(web);
    String a = opened(organizer, springTea("2032-03-20T08:00", "2032-03-25T22:00"));
    var later = springTea("2032-03-26T08:00", "2032-03-30T22:00");
    later.put("eligibility", Map.of("categories", List.of("TEA")));
    String b = opened(organizer, later);
    var owner = Fixtures.producerAccount(web);
    String sku = "CS-" + Browserless.uniqueName("");
    String[] ids = CampaignFixtures.giTeaProducer(web, owner, HUANGSHAN, QIMEN, sku);
    enrol(owner, a, ids[1], sku, 9900, 10);
    enrol(owner, b, ids[1], sku, 9900, 10);
    organizer.get("/api/campaigns/calendar?from=2032-03-01&to=2032-03-31").expectStatus().isOk().expectBody()
        .jsonPath("$.conflicts.length()").isEqualTo(0);
  }
}
