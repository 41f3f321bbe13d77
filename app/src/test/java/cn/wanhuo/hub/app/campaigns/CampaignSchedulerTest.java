package cn.wanhuo.hub.app.campaigns;

import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.HUANGSHAN;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.QIMEN;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.SHANGHAI;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.enrol;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.hoursFromNow;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.opened;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.springTea;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import cn.wanhuo.hub.promotions.campaigns.CampaignScheduler;
import cn.wanhuo.hub.shared.locks.ClusterLocks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Two scheduler instances on a hand-moved clock against the one database: each campaign starts and ends exactly
 * once, a round after downtime catches up, and the pavilion shows campaign prices while live and reverts after.
 * A scheduler here acts on every scheduled campaign due by its clock, so the tests run in order with windows further
 * ahead each time: a later clock only ever reaches campaigns of tests that are done.
 */
@HubTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings("unchecked")
class CampaignSchedulerTest {

  private static final Set<String> CONSUMERS = Set.of("pavilion", "quota");

  @Autowired WebTestClient web;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired ClusterLocks locks;

  @Test
  @Order(2)
  void twoInstancesStartAndEndEachCampaignExactlyOnce() {
    var organizer = Fixtures.organizer(web);
    var scheduled = List.of(scheduledCampaign(organizer, 10, 13), scheduledCampaign(organizer, 10, 13));
    var clock = new TestClock(latest(scheduled, CampaignSchedulerTest::startOf).plusSeconds(1));
    var one = new CampaignScheduler(mongo, locks, CONSUMERS, clock);
    var two = new CampaignScheduler(mongo, locks, CONSUMERS, clock);

    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
      StepVerifier.create(Flux.merge(one.advance(), two.advance(), one.advance(), two.advance()).then()).verifyComplete();
      return scheduled.stream().allMatch(c -> "LIVE".equals(status(organizer, c.id())));
    });
    clock.set(latest(scheduled, CampaignSchedulerTest::endOf).plusSeconds(1));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
      StepVerifier.create(Flux.merge(one.advance(), two.advance()).then()).verifyComplete();
      return scheduled.stream().allMatch(c -> "ENDED".equals(status(organizer, c.id())));
    });
    for (var campaign : scheduled) {
      organizer.get("/api/campaigns/" + campaign.id()).expectStatus().isOk().expectBody()
          .jsonPath("$.history[?(@.action == 'started')]").value(starts -> assertThat((List<Object>) starts).hasSize(1))
          .jsonPath("$.history[?(@.action == 'ended')]").value(ends -> assertThat((List<Object>) ends).hasSize(1))
          .jsonPath("$.history[?(@.action == 'started')].actor").value(actors -> assertThat((List<Object>) actors).containsExactly("scheduler"));
    }
  }

  @Test
  @Order(4)
  void catchesUpAfterDowntimeAndReleasesUnsoldQuota() {
    var organizer = Fixtures.organizer(web);
    var campaign = scheduledCampaign(organizer, 30, 31);
    var clock = new TestClock(endOf(campaign.plan()).plus(Duration.ofHours(6)));
    var scheduler = new CampaignScheduler(mongo, locks, CONSUMERS, clock);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
      StepVerifier.create(scheduler.advance().then()).verifyComplete();
      return "ENDED".equals(status(organizer, campaign.id()));
    });
    organizer.get("/api/campaigns/" + campaign.id()).expectStatus().isOk().expectBody()
        .jsonPath("$.history[-2].action").isEqualTo("started")
        .jsonPath("$.history[-2].note").value(note -> assertThat(note.toString()).startsWith("due at"))
        .jsonPath("$.history[-1].action").isEqualTo("ended");
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> campaign.owner()
        .get("/api/enrolments?producerId=" + campaign.producerId()).expectStatus().isOk().expectBody()
        .jsonPath("$.items[0].reservation").isEqualTo("RELEASED"));
  }

  @Test
  @Order(3)
  void thePavilionShowsTheCampaignPriceWhileLiveAndTheListPriceAfter() {
    var organizer = Fixtures.organizer(web);
    var campaign = scheduledCampaign(organizer, 20, 23);
    var clock = new TestClock(startOf(campaign.plan()).plusSeconds(5));
    var scheduler = new CampaignScheduler(mongo, locks, CONSUMERS, clock);

    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get().uri("/api/pavilion/search?campaign=" + campaign.id())
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.items[0].id").isEqualTo(campaign.productId())
        .jsonPath("$.items[0].campaign.status").isEqualTo("SCHEDULED")
        .jsonPath("$.items[0].campaign.priceFen").doesNotExist());

    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
      StepVerifier.create(scheduler.advance().then()).verifyComplete();
      return "LIVE".equals(status(organizer, campaign.id()));
    });
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get().uri("/api/pavilion/search?campaign=" + campaign.id())
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.items[0].campaign.status").isEqualTo("LIVE")
        .jsonPath("$.items[0].campaign.priceFen").isEqualTo(9900)
        .jsonPath("$.items[0].minPriceFen").isEqualTo(12800));
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get()
        .uri("/api/pavilion/products/" + campaign.productId() + "/page").exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.campaign.id").isEqualTo(campaign.id())
        .jsonPath("$.campaign.skus[0].campaignPriceFen").isEqualTo(9900)
        .jsonPath("$.campaign.skus[0].remaining").isEqualTo(40));
    // Two units at ¥99 (the per-buyer limit), the third at ¥128, then 满300减30: ¥326 − ¥30.
    web.get().uri("/api/pavilion/products/" + campaign.productId() + "/quote?sku=" + campaign.sku() + "&quantity=3").exchange()
        .expectStatus().isOk().expectBody()
        .jsonPath("$.quote.listTotalFen").isEqualTo(38400)
        .jsonPath("$.quote.totalFen").isEqualTo(29600)
        .jsonPath("$.quote.lines[0].steps[*].code").value(codes -> assertThat((List<Object>) codes)
            .contains("CAMPAIGN_FIXED_PRICE", "PER_BUYER_LIMIT"))
        .jsonPath("$.quote.adjustments[0].code").isEqualTo("SPEND_SAVE");
    web.get().uri("/api/pavilion/campaigns/" + campaign.id()).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.status").isEqualTo("LIVE")
        .jsonPath("$.products.items[0].id").isEqualTo(campaign.productId());

    clock.set(endOf(campaign.plan()).plusSeconds(1));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
      StepVerifier.create(scheduler.advance().then()).verifyComplete();
      return "ENDED".equals(status(organizer, campaign.id()));
    });
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get().uri("/api/pavilion/search?campaign=" + campaign.id())
        .exchange().expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0));
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get()
        .uri("/api/pavilion/products/" + campaign.productId() + "/page").exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.campaign").doesNotExist()
        .jsonPath("$.product.content.skus[0].priceFen").isEqualTo(12800));
    web.get().uri("/api/pavilion/products/" + campaign.productId() + "/quote?sku=" + campaign.sku() + "&quantity=3").exchange()
        .expectStatus().isOk().expectBody()
        .jsonPath("$.quote.totalFen").isEqualTo(38400)
        .jsonPath("$.quote.adjustments.length()").isEqualTo(0);
  }

  @Test
  @Order(1)
  void theHomePageListsLiveAndScheduledCampaigns() {
    var organizer = Fixtures.organizer(web);
    var campaign = scheduledCampaign(organizer, 6, 9);
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get().uri("/api/pavilion/home")
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.campaigns[?(@.id == '" + campaign.id() + "')].productCount").value(counts -> assertThat((List<Object>) counts).containsExactly(1)));
  }

  @Test
  @Order(5)
  void aFlashSaleSellsAtItsPriceOnlyDuringItsSessions() {
    var organizer = Fixtures.organizer(web);
    var plan = springTea(hoursFromNow(24 * 3), hoursFromNow(24 * 5));
    plan.put("type", "FLASH_SALE");
    plan.put("flashSessions", List.of(Map.of("start", "10:00", "minutes", 60), Map.of("start", "20:00", "minutes", 60)));
    var campaign = scheduledCampaign(organizer, plan);
    var day = LocalDateTime.parse(plan.get("startsAt").toString()).toLocalDate().plusDays(1);
    var clock = new TestClock(day.atTime(10, 30).atZone(SHANGHAI).toInstant());
    var scheduler = new CampaignScheduler(mongo, locks, CONSUMERS, clock);

    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
      StepVerifier.create(scheduler.advance().then()).verifyComplete();
      return "LIVE".equals(status(organizer, campaign.id()));
    });
    organizer.get("/api/campaigns/" + campaign.id()).expectStatus().isOk().expectBody().jsonPath("$.activeSession").isEqualTo("10:00");
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get().uri("/api/pavilion/search?campaign=" + campaign.id())
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.items[0].campaign.status").isEqualTo("LIVE")
        .jsonPath("$.items[0].campaign.priceFen").isEqualTo(9900));

    clock.set(day.atTime(11, 30).atZone(SHANGHAI).toInstant());
    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      StepVerifier.create(scheduler.advance().then()).verifyComplete();
      organizer.get("/api/campaigns/" + campaign.id()).expectStatus().isOk().expectBody().jsonPath("$.activeSession").doesNotExist();
    });
    String nextSession = day.atTime(20, 0).atZone(SHANGHAI).toInstant().toString();
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> web.get().uri("/api/pavilion/search?campaign=" + campaign.id())
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.items[0].campaign.status").isEqualTo("SCHEDULED")
        .jsonPath("$.items[0].campaign.startsAt").isEqualTo(nextSession)
        .jsonPath("$.items[0].campaign.priceFen").doesNotExist());
  }

  /** A scheduled campaign from {@code from} to {@code to} hours ahead with one approved GI tea at ¥99, quota 40. */
  private ScheduledCampaign scheduledCampaign(Browserless organizer, int from, int to) {
    return scheduledCampaign(organizer, springTea(hoursFromNow(from), hoursFromNow(to)));
  }

  private ScheduledCampaign scheduledCampaign(Browserless organizer, Map<String, Object> plan) {
    String id = opened(organizer, plan);
    var owner = Fixtures.producerAccount(web);
    String sku = "SC-" + Browserless.uniqueName("");
    String[] ids = CampaignFixtures.giTeaProducer(web, owner, HUANGSHAN, QIMEN, sku);
    String enrolment = enrol(owner, id, ids[1], sku, 9900, 40);
    organizer.post("/api/enrolments/" + enrolment + "/approve", Map.of()).expectStatus().isOk();
    organizer.post("/api/campaigns/" + id + "/close", Map.of()).expectStatus().isOk();
    organizer.post("/api/campaigns/" + id + "/schedule", Map.of()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("SCHEDULED");
    return new ScheduledCampaign(id, plan, owner, ids[0], ids[1], sku);
  }

  private record ScheduledCampaign(String id, Map<String, Object> plan, Browserless owner, String producerId, String productId,
      String sku) {}

  private static String status(Browserless organizer, String id) {
    return organizer.get("/api/campaigns/" + id).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
        .get("status").toString();
  }

  private static Instant latest(List<ScheduledCampaign> campaigns, java.util.function.Function<Map<String, Object>, Instant> time) {
    return campaigns.stream().map(c -> time.apply(c.plan())).max(Instant::compareTo).orElseThrow();
  }

  private static Instant startOf(Map<String, Object> plan) {
    return LocalDateTime.parse(plan.get("startsAt").toString()).atZone(SHANGHAI).toInstant();
  }

  private static Instant endOf(Map<String, Object> plan) {
    return LocalDateTime.parse(plan.get("endsAt").toString()).atZone(SHANGHAI).toInstant();
  }
}
