package cn.wanhuo.hub.app.coupons;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Organizers issue, list and disable coupons through the API; only organizers and admins may. */
@HubTest
@SuppressWarnings("unchecked")
class CouponsTest {

  @Autowired WebTestClient web;

  @Test
  void issuesACouponAndReadsItBackWithItsStatusAndHistory() {
    var organizer = organizer(web);
    String code = uniqueCode();
    var coupon = amountOff(code.toLowerCase());
    coupon.put("campaignId", "spring-tea-" + code);

    organizer.post("/api/coupons", coupon).expectStatus().isCreated().expectBody()
        .jsonPath("$.code").isEqualTo(code)
        .jsonPath("$.kind").isEqualTo("AMOUNT_OFF")
        .jsonPath("$.amountFen").isEqualTo(2_000)
        .jsonPath("$.percentOff").doesNotExist()
        .jsonPath("$.minSpendFen").isEqualTo(15_000)
        .jsonPath("$.perBuyerLimit").isEqualTo(1)
        .jsonPath("$.stackable").isEqualTo(false)
        .jsonPath("$.validFrom").isEqualTo("2026-01-01T10:00")
        .jsonPath("$.validTo").isEqualTo("2036-01-01T00:00")
        .jsonPath("$.status").isEqualTo("ACTIVE")
        .jsonPath("$.remaining").isEqualTo(100)
        .jsonPath("$.history[*].action").isEqualTo(List.of("created"));

    organizer.get("/api/coupons/" + code.toLowerCase()).expectStatus().isOk().expectBody().jsonPath("$.code").isEqualTo(code);
    organizer.get("/api/coupons?campaignId=spring-tea-" + code).expectStatus().isOk().expectBody()
        .jsonPath("$.total").isEqualTo(1)
        .jsonPath("$.page").isEqualTo(0)
        .jsonPath("$.size").isEqualTo(20)
        .jsonPath("$.items[0].code").isEqualTo(code);
  }

  @Test
  void refusesACodeThatExistsInAnyCase() {
    var organizer = organizer(web);
    String code = uniqueCode();
    organizer.post("/api/coupons", amountOff(code)).expectStatus().isCreated();

    organizer.post("/api/coupons", amountOff(code.toLowerCase())).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.type").isEqualTo("/problems/coupon-code-taken");
  }

  @Test
  void namesEveryInvalidField() {
    var organizer = organizer(web);
    var percent = new HashMap<String, Object>(Map.of("code", "x!", "kind", "PERCENT_OFF", "percentOff", 120, "issueCount", 10,
        "validFrom", "2026-05-01T10:00", "validTo", "2026-06-01T10:00"));
    organizer.post("/api/coupons", percent).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.type").isEqualTo("/problems/validation-failed")
        .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields).contains("code", "percentOff"));

    var contradictory = new HashMap<String, Object>(Map.of("code", uniqueCode(), "kind", "AMOUNT_OFF", "percentOff", 10, "issueCount", 1,
        "perBuyerLimit", 2, "validFrom", "2026-05-01T10:00", "validTo", "2026-05-01T09:00"));
    organizer.post("/api/coupons", contradictory).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.type").isEqualTo("/problems/validation-failed")
        .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields)
            .containsExactlyInAnyOrder("amountFen", "percentOff", "validTo", "perBuyerLimit"));
  }

  @Test
  void letsOnlyOrganizersAndAdminsManageCoupons() {
    var consumer = new Browserless(web).registerAndLogin(Browserless.uniqueName("buyer"), "CONSUMER");
    consumer.post("/api/coupons", amountOff(uniqueCode())).expectStatus().isForbidden().expectBody()
        .jsonPath("$.type").isEqualTo("/problems/forbidden");
    consumer.get("/api/coupons").expectStatus().isForbidden();
    new Browserless(web).get("/api/coupons").expectStatus().isUnauthorized();

    var admin = new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD);
    admin.post("/api/coupons", amountOff(uniqueCode())).expectStatus().isCreated();
  }

  @Test
  void disablesACouponOnceWithTheReasonInItsHistory() {
    var organizer = organizer(web);
    String code = uniqueCode();
    organizer.post("/api/coupons", amountOff(code)).expectStatus().isCreated();

    organizer.post("/api/coupons/" + code + "/disable", Map.of("reason", "printed with a typo")).expectStatus().isOk().expectBody()
        .jsonPath("$.disabled").isEqualTo(true)
        .jsonPath("$.status").isEqualTo("DISABLED")
        .jsonPath("$.history[*].action").isEqualTo(List.of("created", "disabled"))
        .jsonPath("$.history[1].note").isEqualTo("printed with a typo");
    organizer.post("/api/coupons/" + code + "/disable", Map.of()).expectStatus().isOk().expectBody()
        .jsonPath("$.history.length()").isEqualTo(2);
    organizer.post("/api/coupons/NOSUCHCODE1/disable", Map.of()).expectStatus().isNotFound().expectBody()
        .jsonPath("$.type").isEqualTo("/problems/coupon-not-found");
  }

  static Browserless organizer(WebTestClient web) {
    String name = Browserless.uniqueName("org");
    var account = Map.of("username", name, "password", Browserless.PASSWORD, "displayName", "活动组织者", "roles", List.of("ORGANIZER"));
    new Browserless(web).login("admin", Fixtures.ADMIN_PASSWORD).post("/api/admin/accounts", account).expectStatus().isCreated();
    return new Browserless(web).login(name, Browserless.PASSWORD);
  }

  static String uniqueCode() {
    return Browserless.uniqueName("T").toUpperCase();
  }

  /** ¥20 off from ¥150, 100 issued, valid from 2026-01-01 10:00 for ten years. */
  static Map<String, Object> amountOff(String code) {
    return new HashMap<>(Map.of("code", code, "nameZh", "春茶立减", "kind", "AMOUNT_OFF", "amountFen", 2_000, "minSpendFen", 15_000,
        "issueCount", 100, "validFrom", "2026-01-01T10:00", "validTo", "2036-01-01T00:00"));
  }
}
