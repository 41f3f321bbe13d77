package cn.wanhuo.hub.app.security;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.HubTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@HubTest
class AccountAdministrationTest {

  @Autowired WebTestClient web;

  @Test
  void opensAPrefectureReviewerWhoCanLogIn() {
    String name = Browserless.uniqueName("huangshan-reviewer");
    admin().post("/api/admin/accounts", account(name, List.of("REVIEWER"), "341000")).expectStatus().isCreated()
        .expectBody().jsonPath("$.regionScope").isEqualTo("341000").jsonPath("$.passwordHash").doesNotExist();
    new Browserless(web).login(name, Browserless.PASSWORD).get("/api/auth/me").expectStatus().isOk().expectBody()
        .jsonPath("$.roles[0]").isEqualTo("REVIEWER").jsonPath("$.regionScope").isEqualTo("341000");
  }

  @Test
  void refusesAReviewerWithoutRegionScope() {
    admin().post("/api/admin/accounts", account(Browserless.uniqueName("r"), List.of("REVIEWER"), null))
        .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("/problems/region-scope-required");
  }

  @Test
  void refusesARegionOutsideAnhui() {
    admin().post("/api/admin/accounts", account(Browserless.uniqueName("r"), List.of("REVIEWER"), "320500"))
        .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("/problems/unknown-region");
  }

  @Test
  void listsAccountsNewestFirstByUsernamePrefix() {
    String prefix = Browserless.uniqueName("org");
    var admin = admin();
    admin.post("/api/admin/accounts", account(prefix + "-a", List.of("ORGANIZER"), null)).expectStatus().isCreated();
    admin.post("/api/admin/accounts", account(prefix + "-b", List.of("ORGANIZER", "PRODUCER"), null)).expectStatus().isCreated();
    admin.get("/api/admin/accounts?q=" + prefix + "&size=1").expectStatus().isOk().expectBody()
        .jsonPath("$.total").isEqualTo(2)
        .jsonPath("$.items.length()").isEqualTo(1)
        .jsonPath("$.items[0].username").isEqualTo(prefix + "-b");
  }

  @Test
  void keepsAccountAdministrationForAdmins() {
    new Browserless(web).registerAndLogin(Browserless.uniqueName("shopper"), "CONSUMER")
        .post("/api/admin/accounts", account(Browserless.uniqueName("x"), List.of("ADMIN"), null)).expectStatus().isForbidden();
  }

  private Browserless admin() {
    return new Browserless(web).login("admin", "test-admin-password-1");
  }

  private static Map<String, Object> account(String username, List<String> roles, String regionScope) {
    var body = new HashMap<String, Object>(Map.of("username", username, "password", Browserless.PASSWORD, "displayName", "审核员 " + username, "roles", roles));
    body.put("regionScope", regionScope);
    return body;
  }
}
