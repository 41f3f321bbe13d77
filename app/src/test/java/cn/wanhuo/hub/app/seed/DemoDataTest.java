package cn.wanhuo.hub.app.seed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.HubTest;
import cn.wanhuo.hub.marketplace.reference.Specialties;
import cn.wanhuo.hub.marketplace.reference.Specialty;
import cn.wanhuo.hub.marketplace.regions.RegionLevel;
import cn.wanhuo.hub.marketplace.regions.Regions;
import cn.wanhuo.hub.shared.seed.DemoSeed;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

@HubTest
class DemoDataTest {

  @Autowired Regions regions;
  @Autowired Specialties specialties;
  @Autowired List<DemoSeed> seeds;
  @Autowired WebTestClient web;

  @Test
  void seedsAllSixteenPrefecturesOfAnhui() {
    regions.findByLevelOrderByCode(RegionLevel.PREFECTURE).map(r -> r.code()).collectList()
        .as(StepVerifier::create)
        .assertNext(codes -> assertThat(codes).hasSize(16).contains("340100", "341000", "341500").doesNotContain("341400"))
        .verifyComplete();
  }

  @Test
  void loadingTheSeedsAgainDuplicatesNothing() {
    Flux.fromIterable(seeds).concatMap(DemoSeed::load).then(regions.count().zipWith(specialties.count()))
        .as(StepVerifier::create)
        .assertNext(counts -> {
          assertThat(counts.getT1()).isEqualTo(70);
          assertThat(counts.getT2()).isEqualTo(100);
        })
        .verifyComplete();
  }

  @Test
  void certifiesGeographicalIndicationOnlyForConfirmedRows() {
    specialties.findAll().collectList().as(StepVerifier::create).assertNext(all -> {
      assertThat(all).filteredOn(Specialty::certifiedGeographicalIndication)
          .allSatisfy(s -> assertThat(s.confirmation().name()).isEqualTo("YES"));
      assertThat(all).filteredOn(s -> s.nameZh().equals("黄山毛峰")).singleElement()
          .satisfies(s -> assertThat(s.certifiedGeographicalIndication()).isTrue());
      assertThat(all).filteredOn(s -> s.geographicalIndication().name().equals("YES") && !s.confirmation().name().equals("YES"))
          .isNotEmpty().noneMatch(Specialty::certifiedGeographicalIndication);
    }).verifyComplete();
  }

  @Test
  void publishesADemoProductPerSpecialtyClaimingGiOnlyForConfirmedRows() {
    web.get().uri("/api/pavilion/products/demo-" + java.util.UUID.nameUUIDFromBytes("黄山毛峰".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.content.category").isEqualTo("TEA")
        .jsonPath("$.content.attributes.originCounty").isEqualTo("341004")
        .jsonPath("$.content.provenance.geographicalIndication.name").isEqualTo("黄山毛峰");
    var unconfirmedGi = new String[1];
    specialties.findAll().filter(s -> s.geographicalIndication().name().equals("YES") && !s.confirmation().name().equals("YES"))
        .next().map(s -> "demo-" + java.util.UUID.nameUUIDFromBytes(s.nameZh().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .as(StepVerifier::create)
        .consumeNextWith(id -> unconfirmedGi[0] = id)
        .verifyComplete();
    web.get().uri("/api/pavilion/products/" + unconfirmedGi[0]).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.content.provenance.geographicalIndication").doesNotExist();
  }

  @Test
  void claimsATimeHonouredTitleOnlyForBrandsWhoseTitleIsConfirmed() {
    // 耿福兴 is a confirmed 中华老字号; 詹记 is only partly confirmed in the sources.
    web.get().uri("/api/pavilion/products/" + demoId("耿福兴虾籽面")).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.producerId").value(id -> assertThat((String) id).startsWith("demo-brand-"))
        .jsonPath("$.certificates[?(@.type == 'TIME_HONOURED_BRAND')].validToday").isEqualTo(true);
    web.get().uri("/api/pavilion/products/" + demoId("詹记桃酥")).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.producerId").value(id -> assertThat((String) id).startsWith("demo-brand-"))
        .jsonPath("$.certificates.length()").isEqualTo(0);
  }

  @Test
  void namesBrandShopsInEnglishWithoutChineseCompanyNames() {
    byte[] page = web.get().uri("/api/pavilion/products/" + demoId("颍州佳酿(金种子·颍州)") + "/page").exchange().expectStatus().isOk()
        .expectBody(byte[].class).returnResult().getResponseBody();
    String json = new String(page, java.nio.charset.StandardCharsets.UTF_8);
    assertThat((String) com.jayway.jsonpath.JsonPath.read(json, "$.producer.nameEn")).isEqualTo("Yingzhou demo shop");
    assertThat((String) com.jayway.jsonpath.JsonPath.read(json, "$.producer.storyZh")).doesNotContainPattern("[A-Za-z]");
  }

  @Test
  void givesEveryDemoProductASampleCover() {
    byte[] body = web.get().uri("/api/pavilion/products/" + demoId("太平猴魁")).exchange().expectStatus().isOk()
        .expectBody(byte[].class).returnResult().getResponseBody();
    String image = com.jayway.jsonpath.JsonPath.read(new String(body, java.nio.charset.StandardCharsets.UTF_8), "$.images[0]");
    byte[] png = web.get().uri("/api/pavilion/images/" + image).exchange().expectStatus().isOk()
        .expectHeader().contentType("image/png").expectBody(byte[].class).returnResult().getResponseBody();
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  private static String demoId(String nameZh) {
    return "demo-" + java.util.UUID.nameUUIDFromBytes(nameZh.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void listsCountiesOfAPrefecture() {
    web.get().uri("/api/regions?parent=341000").exchange().expectStatus().isOk().expectBody()
        .jsonPath("$[?(@.code == '341024')].nameZh").isEqualTo("祁门县");
  }

  @Test
  void seedsALiveFairWhoseGoodsShowCampaignPricesAndAnOpenSpringTeaFestival() {
    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/pavilion/search?campaign=demo-campaign-new-year")
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.total").isEqualTo(8)
        .jsonPath("$.items[0].campaign.status").isEqualTo("LIVE")
        .jsonPath("$.items[0].campaign.priceFen").value(price -> assertThat(((Number) price).longValue()).isPositive()));
    web.get().uri("/api/pavilion/home").exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.campaigns[0].id").isEqualTo("demo-campaign-new-year")
        .jsonPath("$.campaigns[?(@.id == 'demo-campaign-time-honoured')].status").isEqualTo("SCHEDULED")
        .jsonPath("$.campaigns[?(@.id == 'demo-campaign-spring-tea-2027')]").isEmpty();
    web.get().uri("/api/pavilion/campaigns/demo-campaign-spring-tea-2027").exchange().expectStatus().isNotFound();
  }
}
