package cn.wanhuo.hub.app.testing;

import cn.wanhuo.hub.marketplace.producers.UnifiedSocialCreditCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Ready-made hub actors for tests: producers (verified or not) and reviewers of a region. */
public final class Fixtures {

  public static final String ADMIN_PASSWORD = "test-admin-password-1";
  public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

  private Fixtures() {}

  public static Browserless producerAccount(WebTestClient web) {
    return new Browserless(web).registerAndLogin(Browserless.uniqueName("farm"), "PRODUCER");
  }

  public static Browserless reviewer(WebTestClient web, String scope) {
    String name = Browserless.uniqueName("rev" + scope);
    var body = new HashMap<String, Object>(Map.of("username", name, "password", Browserless.PASSWORD, "displayName", "审核员",
        "roles", List.of("REVIEWER"), "regionScope", scope));
    new Browserless(web).login("admin", ADMIN_PASSWORD).post("/api/admin/accounts", body).expectStatus().isCreated();
    return new Browserless(web).login(name, Browserless.PASSWORD);
  }

  public static Browserless organizer(WebTestClient web) {
    String name = Browserless.uniqueName("org");
    var body = Map.of("username", name, "password", Browserless.PASSWORD, "displayName", "活动组织者", "roles", List.of("ORGANIZER"));
    new Browserless(web).login("admin", ADMIN_PASSWORD).post("/api/admin/accounts", body).expectStatus().isCreated();
    return new Browserless(web).login(name, Browserless.PASSWORD);
  }

  /** Registers a producer for the account and answers its id. */
  public static String registeredProducer(Browserless owner, String prefecture, String county) {
    return owner.post("/api/producers", producerProfile(creditCode(), prefecture, county)).expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
  }

  /** A producer of the account that the county's reviewer has verified; answers its id. */
  public static String verifiedProducer(WebTestClient web, Browserless owner, String prefecture, String county) {
    String id = registeredProducer(owner, prefecture, county);
    owner.putFile("/api/producers/" + id + "/licence", "licence.png", PNG).expectStatus().isOk();
    new Browserless(web).login("admin", ADMIN_PASSWORD).post("/api/reviews/producers/" + id + "/verify", Map.of()).expectStatus().isOk();
    return id;
  }

  /** Drafts the content for the producer, has the administrator approve it and publishes it; answers the product id. */
  public static String publishedProduct(WebTestClient web, Browserless owner, String producer, Map<String, Object> content) {
    String id = owner.post("/api/products", Map.of("producerId", producer, "content", content)).expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    owner.post("/api/products/" + id + "/submit", Map.of()).expectStatus().isOk();
    new Browserless(web).login("admin", ADMIN_PASSWORD).post("/api/reviews/products/" + id + "/approve", Map.of()).expectStatus().isOk();
    owner.post("/api/products/" + id + "/publish", Map.of()).expectStatus().isOk();
    return id;
  }

  public static String creditCode() {
    var random = ThreadLocalRandom.current();
    var first = new StringBuilder("93341024");
    while (first.length() < 17) {
      first.append((char) ('0' + random.nextInt(10)));
    }
    return first.toString() + UnifiedSocialCreditCode.checkCharacter(first.toString());
  }

  public static Map<String, Object> producerProfile(String creditCode, String prefecture, String county) {
    var profile = new HashMap<String, Object>(Map.of(
        "type", "COOPERATIVE",
        "legalNameZh", "祁门县祁红茶业专业合作社",
        "legalNameEn", "Qimen Keemun Tea Cooperative",
        "creditCode", creditCode,
        "prefectureCode", prefecture,
        "address", "安徽省黄山市祁门县祁山镇",
        "contacts", List.of(Map.of("name", "汪师傅", "phone", "0559-4512345")),
        "brands", List.of("祁红"),
        "storyZh", "百年祁红，香高味醇。"));
    profile.put("countyCode", county);
    return profile;
  }

  /** A valid special-grade Keemun tea with one SKU. */
  public static Map<String, Object> keemun(String skuCode) {
    return new HashMap<>(Map.of(
        "category", "TEA",
        "nameZh", "祁门红茶 特级",
        "nameEn", "Keemun black tea, special grade",
        "descriptionZh", "<p>祁门香，<b>明前</b>采摘。</p>",
        "attributes", Map.of("variety", "祁门红茶", "grade", "SUPER", "harvest", "SPRING", "harvestYear", 2026,
            "originCounty", "341024", "netWeightGrams", 250),
        "skus", List.of(sku(skuCode, 12800, "6901234567892"))));
  }

  public static Map<String, Object> sku(String code, long priceFen, String barcode) {
    return Map.of("code", code, "spec", "250g 礼盒", "priceFen", priceFen, "stock", 120, "barcode", barcode, "weightGrams", 400);
  }
}
