package cn.wanhuo.hub.app.campaigns;

import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.create;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.hoursFromNow;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.springTea;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Organizers plan campaigns and move them only along legal steps; each step is audited. */
@HubTest
@SuppressWarnings("unchecked")
class CampaignLifecycleTest {

  @Autowired WebTestClient web;

  @Test
  void createsADraftWithThePavilionAlwaysAmongItsChannels() {
    var organizer = Fixtures.organizer(web);
    organizer.post("/api/campaigns", springTea(hoursFromNow(24), hoursFromNow(24 * 10))).expectStatus().isCreated().expectBody()
        .jsonPath("$.status").isEqualTo("DRAFT")
        .jsonPath("$.channels").value(channels -> assertThat((List<Object>) channels).containsExactly("PAVILION", "JD"))
        .jsonPath("$.allowedActions").value(actions -> assertThat((List<Object>) actions).containsExactly("edit", "open", "cancel"))
        .jsonPath("$.history[0].action").isEqualTo("created")
        .jsonPath("$.startsAt").value(start -> assertThat(start.toString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"));
  }

  @Test
  void walksTheLegalStepsAndAuditsEach() {
    var organizer = Fixtures.organizer(web);
    String id = create(organizer, springTea(hoursFromNow(24), hoursFromNow(48)));
    organizer.post("/api/campaigns/" + id + "/open", Map.of()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("OPEN");
    organizer.post("/api/campaigns/" + id + "/close", Map.of()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CLOSED");
    organizer.post("/api/campaigns/" + id + "/reopen", Map.of()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("OPEN");
    organizer.post("/api/campaigns/" + id + "/cancel", Map.of("reason", "预算调整")).expectStatus().isOk().expectBody()
        .jsonPath("$.status").isEqualTo("CANCELLED")
        .jsonPath("$.allowedActions.length()").isEqualTo(0)
        .jsonPath("$.history[*].action").value(actions -> assertThat((List<Object>) actions)
            .containsExactly("created", "opened", "closed", "reopened", "cancelled"))
        .jsonPath("$.history[4].note").isEqualTo("预算调整");
  }

  @ParameterizedTest(name = "{0} from {1} is refused")
  @CsvSource({"close, DRAFT", "reopen, DRAFT", "schedule, DRAFT", "open, OPEN", "schedule, OPEN", "reopen, OPEN", "open, CANCELLED",
      "cancel, CANCELLED"})
  void refusesIllegalStepsNamingTheCurrentState(String step, String state) {
    var organizer = Fixtures.organizer(web);
    String id = create(organizer, springTea(hoursFromNow(24), hoursFromNow(48)));
    if (!state.equals("DRAFT")) {
      organizer.post("/api/campaigns/" + id + "/open", Map.of()).expectStatus().isOk();
    }
    if (state.equals("CANCELLED")) {
      organizer.post("/api/campaigns/" + id + "/cancel", Map.of("reason", "test")).expectStatus().isOk();
    }
    organizer.post("/api/campaigns/" + id + "/" + step, Map.of("reason", "again")).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/illegal-campaign-transition")
        .jsonPath("$.currentStatus").isEqualTo(state)
        .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains(state));
    organizer.get("/api/campaigns/" + id).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo(state);
  }

  @Test
  void schedulingNeedsAnApprovedEnrolment() {
    var organizer = Fixtures.organizer(web);
    String id = CampaignFixtures.opened(organizer, springTea(hoursFromNow(24), hoursFromNow(48)));
    organizer.post("/api/campaigns/" + id + "/close", Map.of()).expectStatus().isOk();
    organizer.post("/api/campaigns/" + id + "/schedule", Map.of()).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/campaign-not-ready");
  }

  @Test
  void editsOnlyDraftsAndOnlyFromTheVersionRead() {
    var organizer = Fixtures.organizer(web);
    var plan = springTea(hoursFromNow(24), hoursFromNow(48));
    String id = create(organizer, plan);
    plan.put("nameEn", "Spring tea, edited");
    organizer.put("/api/campaigns/" + id + "?version=0", plan).expectStatus().isOk().expectBody()
        .jsonPath("$.nameEn").isEqualTo("Spring tea, edited")
        .jsonPath("$.history[1].changedFields").value(fields -> assertThat((List<Object>) fields).contains("nameEn"));
    organizer.put("/api/campaigns/" + id + "?version=0", plan).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/stale-version");
    organizer.post("/api/campaigns/" + id + "/open", Map.of()).expectStatus().isOk();
    organizer.put("/api/campaigns/" + id + "?version=2", plan).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/illegal-campaign-transition").jsonPath("$.currentStatus").isEqualTo("OPEN");
  }

  @Test
  void refusesPlansThatBreakTheRulesFieldByField() {
    var organizer = Fixtures.organizer(web);
    var plan = springTea(hoursFromNow(48), hoursFromNow(24));
    plan.put("type", "GROUP_PROMOTION");
    plan.put("spendSaveTiers", List.of(Map.of("thresholdFen", 30000, "saveFen", 30000)));
    plan.put("eligibility", Map.of("regions", List.of("349999")));
    organizer.post("/api/campaigns", plan).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.type").isEqualTo("/problems/validation-failed")
        .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields)
            .contains("endsAt", "regionalBrand", "spendSaveTiers[0].saveFen", "eligibility.regions[0]"));

    var flash = springTea(hoursFromNow(24), hoursFromNow(48));
    flash.put("type", "FLASH_SALE");
    organizer.post("/api/campaigns", flash).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("flashSessions");
    flash.put("flashSessions", List.of(Map.of("start", "10:00", "minutes", 90), Map.of("start", "11:00", "minutes", 30)));
    organizer.post("/api/campaigns", flash).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("flashSessions[1].start");
    flash.put("flashSessions", List.of(Map.of("start", "10:00", "minutes", 60), Map.of("start", "20:00", "minutes", 60)));
    organizer.post("/api/campaigns", flash).expectStatus().isCreated();
  }

  @Test
  void onlyOrganizersPlanAndProducersNeverSeeDrafts() {
    var organizer = Fixtures.organizer(web);
    String id = create(organizer, springTea(hoursFromNow(24), hoursFromNow(48)));
    var producer = Fixtures.producerAccount(web);
    producer.post("/api/campaigns", springTea(hoursFromNow(24), hoursFromNow(48))).expectStatus().isForbidden();
    producer.get("/api/campaigns/" + id).expectStatus().isNotFound();
    producer.post("/api/campaigns/" + id + "/open", Map.of()).expectStatus().isForbidden();
    organizer.post("/api/campaigns/" + id + "/open", Map.of()).expectStatus().isOk();
    producer.get("/api/campaigns/" + id).expectStatus().isOk().expectBody().jsonPath("$.allowedActions.length()").isEqualTo(0);
  }

  @Test
  void listsByStatusWithPages() {
    var organizer = Fixtures.organizer(web);
    String open = CampaignFixtures.opened(organizer, springTea(hoursFromNow(24 * 30), hoursFromNow(24 * 31)));
    create(organizer, springTea(hoursFromNow(24 * 30), hoursFromNow(24 * 31)));
    organizer.get("/api/campaigns?status=OPEN&size=100").expectStatus().isOk().expectBody()
        .jsonPath("$.items[*].status").value(statuses -> assertThat((List<Object>) statuses).containsOnly("OPEN"))
        .jsonPath("$.items[*].id").value(ids -> assertThat((List<Object>) ids).contains(open));
    organizer.get("/api/campaigns?size=1&page=0").expectStatus().isOk().expectBody()
        .jsonPath("$.items.length()").isEqualTo(1)
        .jsonPath("$.total").value(total -> assertThat(((Number) total).intValue()).isGreaterThanOrEqualTo(2));
    organizer.get("/api/campaigns?size=500").expectStatus().isBadRequest();
  }
}
