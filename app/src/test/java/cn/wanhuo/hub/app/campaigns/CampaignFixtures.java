package cn.wanhuo.hub.app.campaigns;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Campaign plans, GI teas and enrolments as the tests need them. */
public final class CampaignFixtures {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  public static final String HUANGSHAN = "341000";
  public static final String QIMEN = "341024";
  public static final String LUAN = "341500";
  public static final String JINZHAI = "341524";
  public static final String HEFEI = "340100";
  public static final String FEIXI = "340123";

  private CampaignFixtures() {}

  /** Shanghai wall-clock time this many hours from now, to the minute. */
  public static String hoursFromNow(long hours) {
    return LocalDateTime.now(SHANGHAI).plusHours(hours).truncatedTo(ChronoUnit.MINUTES).format(MINUTES);
  }

  /** A spring-tea plan for Huangshan and Lu'an teas with a GI, on the pavilion and JD. */
  public static Map<String, Object> springTea(String startsAt, String endsAt) {
    var plan = new HashMap<String, Object>();
    plan.put("type", "SEASONAL");
    plan.put("nameZh", "春茶节 " + Browserless.uniqueName(""));
    plan.put("nameEn", "Spring tea festival");
    plan.put("descriptionZh", "黄山、六安地理标志名茶，明前新茶上市。");
    plan.put("startsAt", startsAt);
    plan.put("endsAt", endsAt);
    plan.put("channels", List.of("JD"));
    plan.put("eligibility", Map.of("categories", List.of("TEA"), "regions", List.of(HUANGSHAN, LUAN),
        "geographicalIndicationRequired", true));
    plan.put("spendSaveTiers", List.of(Map.of("thresholdFen", 30000, "saveFen", 3000)));
    plan.put("budgetFen", 5_000_000);
    plan.put("gmvTargetFen", 50_000_000);
    return plan;
  }

  public static String create(Browserless organizer, Map<String, Object> plan) {
    return organizer.post("/api/campaigns", plan).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
        .get("id").toString();
  }

  /** A campaign open for enrolment. */
  public static String opened(Browserless organizer, Map<String, Object> plan) {
    String id = create(organizer, plan);
    organizer.post("/api/campaigns/" + id + "/open", Map.of()).expectStatus().isOk();
    return id;
  }

  /** Keemun with the 祁门红茶 GI and one SKU of 120 units at ¥128. */
  public static Map<String, Object> giTea(String skuCode) {
    var content = Fixtures.keemun(skuCode);
    content.put("provenance", Map.of("geographicalIndication", Map.of("name", "祁门红茶", "registrationNumber", "AGI00010")));
    return content;
  }

  /** A verified producer in the county with one published GI tea; answers {producerId, productId}. */
  public static String[] giTeaProducer(WebTestClient web, Browserless owner, String prefecture, String county, String skuCode) {
    String producer = Fixtures.verifiedProducer(web, owner, prefecture, county);
    String product = Fixtures.publishedProduct(web, owner, producer, giTea(skuCode));
    return new String[] {producer, product};
  }

  public static Map<String, Object> enrolment(String campaignId, String productId, String sku, long priceFen, int quota, int limit) {
    return Map.of("campaignId", campaignId, "productId", productId, "skuCode", sku, "campaignPriceFen", priceFen, "quota", quota,
        "perBuyerLimit", limit);
  }

  public static String enrol(Browserless owner, String campaignId, String productId, String sku, long priceFen, int quota) {
    return owner.post("/api/enrolments", enrolment(campaignId, productId, sku, priceFen, quota, 2)).expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
  }
}
